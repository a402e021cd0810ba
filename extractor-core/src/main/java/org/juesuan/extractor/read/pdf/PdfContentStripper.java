package org.juesuan.extractor.read.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a PDF into lines of text and ruled tables, page by page, in one pass over each page's content: the
 * rulings are collected with the text ({@link PathRulings}); before the page's text is written its tables are
 * found and the characters inside a table's frame go into the table's cells, not into the text lines, so a table
 * is read once, as a table. Each table takes its place after the last line above its top edge. Rulings are seen in
 * the frame of the page's main text direction, so a table printed turned on its page is read upright.
 */
public final class PdfContentStripper extends PDFTextStripper {
    private record PositionedLine(String text, double top) {
    }

    private final List<PdfItem> items = new ArrayList<>();
    private final List<PositionedLine> pageLines = new ArrayList<>();
    private final PathRulings paths = new PathRulings();
    private List<RuledGrid> grids = List.of();
    private final StringBuilder line = new StringBuilder();
    private double lineTop = Double.NaN;

    private PdfContentStripper() {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
        paths.register(this);
    }

    /** The document's lines and tables in reading order. */
    public static List<PdfItem> read(PDDocument document) throws IOException {
        PdfContentStripper stripper = new PdfContentStripper();
        stripper.writeText(document, Writer.nullWriter());
        return stripper.items;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageLines.clear();
        line.setLength(0);
        paths.startPage(page);
        super.startPage(page);
    }

    /** The page's content is read; before its text is written, the glyphs inside a table's frame go to the table. */
    @Override
    protected void writePage() throws IOException {
        int dir = mainDirection();
        grids = RuledTableFinder.find(paths.rulings(dir));
        if (!grids.isEmpty()) {
            for (List<TextPosition> article : charactersByArticle) {
                Iterator<TextPosition> positions = article.iterator();
                while (positions.hasNext()) {
                    TextPosition position = positions.next();
                    if (Math.round(position.getDir()) != dir) {
                        continue;
                    }
                    Glyph glyph = Glyph.of(position);
                    for (RuledGrid grid : grids) {
                        if (grid.contains(glyph.centerX(), glyph.centerY())) {
                            grid.add(glyph);
                            positions.remove();
                            break;
                        }
                    }
                }
            }
        }
        super.writePage();
    }

    /** The direction most of the page's text runs in (0 for upright text; 90 or 270 for a page printed turned). */
    private int mainDirection() {
        int[] counts = new int[4];
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition position : article) {
                int dir = Math.round(position.getDir());
                if (dir % 90 == 0) {
                    counts[(dir / 90) % 4]++;
                }
            }
        }
        int best = 0;
        for (int i = 1; i < 4; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best * 90;
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        if (line.isEmpty() && !textPositions.isEmpty()) {
            TextPosition first = textPositions.get(0);
            lineTop = first.getYDirAdj() - first.getHeightDir();
        }
        line.append(text);
    }

    @Override
    protected void writeString(String text) {
        line.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(getWordSeparator());
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        int number = getCurrentPageNo();
        // a table goes after the last line (in the page's own order) that stands above it
        List<List<RuledGrid>> before = new ArrayList<>();
        for (int i = 0; i <= pageLines.size(); i++) {
            before.add(new ArrayList<>());
        }
        for (RuledGrid grid : grids) {
            int after = 0;
            for (int i = 0; i < pageLines.size(); i++) {
                if (pageLines.get(i).top() < grid.top()) {
                    after = i + 1;
                }
            }
            before.get(after).add(grid);
        }
        for (int i = 0; i <= pageLines.size(); i++) {
            before.get(i).forEach(grid -> items.add(new PdfItem.Table(grid.rows(), number)));
            if (i < pageLines.size()) {
                items.add(new PdfItem.TextLine(pageLines.get(i).text(), number));
            }
        }
        grids = List.of();
        super.endPage(page);
    }

    private void endLine() {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            pageLines.add(new PositionedLine(text, Double.isNaN(lineTop) ? Double.MAX_VALUE : lineTop));
        }
        line.setLength(0);
        lineTop = Double.NaN;
    }
}
