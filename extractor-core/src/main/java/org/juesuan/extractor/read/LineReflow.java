package org.juesuan.extractor.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds paragraphs in text that has lines but no layout: pdftotext or PDFBox output, a copy from a PDF viewer,
 * a web page made from a PDF with one {@code <p>} per printed line. Such text is recognized by its lines: most
 * prose lines end near one common width (the document's own full line, in display width, CJK counting 2), and
 * hardly any is longer. Only then are lines joined, by the same rules as a PDF's ({@link PdfLineJoiner}: a line
 * that reaches the full width continues unless the next opens a heading or item; a figure cut across two lines is
 * joined; table rows never are). Text written one paragraph per line (Tika's text of a Word file, ordinary HTML)
 * does not look like that and keeps its lines as paragraphs.
 * <p>
 * Pages end at a form feed or at a page marker line ({@code —1—}, {@code - 3 -}, {@code 第 3 页 共 24 页}); the
 * markers, page numbers and running headers and footers are removed ({@link PageFurniture}); lines a converter
 * flattened are split back first ({@link FlattenedText}). Paragraphs keep their lines' characters exactly,
 * joined by {@code '\n'} (the normalizer joins them), so offsets map back to the text as read.
 */
final class LineReflow {
    /** Share of prose lines within [0.85, 1.1] of the full width, and the most that may be wider than 1.15 of it. */
    private static final double MIN_NEAR_FULL = 0.3;
    private static final double MAX_WIDER = 0.08;

    private LineReflow() {
    }

    /**
     * Reflows the runs of plain paragraphs in {@code blocks} (tables, headings and paragraphs with a page stay as
     * they are). A paragraph's text may hold form feeds (page ends).
     */
    static List<RawBlock> apply(List<RawBlock> blocks) {
        List<PdfLineJoiner.Line> all = new ArrayList<>();
        List<List<PdfLineJoiner.Line>> runs = new ArrayList<>();
        List<RawBlock> kept = new ArrayList<>();
        Pages pages = new Pages();
        List<PdfLineJoiner.Line> run = new ArrayList<>();
        for (RawBlock block : blocks) {
            if (block instanceof RawParagraph p && p.headingLevel() == null && p.page() == null) {
                pages.lines(p.text(), run);
                continue;
            }
            if (!run.isEmpty()) {
                runs.add(run);
                kept.add(null); // the place of the run
                run = new ArrayList<>();
            }
            kept.add(block);
        }
        if (!run.isEmpty()) {
            runs.add(run);
            kept.add(null);
        }
        boolean flattened = false;
        for (int r = 0; r < runs.size(); r++) {
            List<PdfLineJoiner.Line> split = FlattenedText.split(runs.get(r));
            flattened |= split.size() != runs.get(r).size();
            runs.set(r, split);
            all.addAll(split);
        }
        // furniture is found over the whole document, then each run loses its share
        List<PdfLineJoiner.Line> furnished = PageFurniture.remove(all);
        boolean wrapped = wrapped(furnished);
        if (!wrapped && !flattened) {
            // one paragraph per line already: only page marker lines go
            return blocks.stream().filter(b -> !(b instanceof RawParagraph p && p.headingLevel() == null
                    && PageNumber.decorated(p.text().strip()))).toList();
        }
        // the pieces of a flattened text are its printed lines, whatever their widths look like
        double fullWidth = wrapped || flattened ? PdfLineJoiner.fullLineWidth(furnished) : 0;
        List<RawBlock> out = new ArrayList<>();
        int r = 0;
        int cursor = 0;
        for (RawBlock block : kept) {
            if (block != null) {
                out.add(block);
                continue;
            }
            List<PdfLineJoiner.Line> lines = new ArrayList<>();
            for (PdfLineJoiner.Line line : runs.get(r++)) {
                if (cursor < furnished.size() && furnished.get(cursor) == line) {
                    lines.add(line);
                    cursor++;
                }
            }
            if (fullWidth > 0) {
                PdfLineJoiner.join(lines, fullWidth).forEach(b -> out.add(RawParagraph.of(((RawParagraph) b).text(), null)));
            } else {
                lines.forEach(l -> out.add(RawParagraph.of(l.text(), null)));
            }
        }
        return out;
    }

    /** Whether the prose lines look cut at a common width, not written one paragraph per line. */
    static boolean wrapped(List<PdfLineJoiner.Line> lines) {
        double full = PdfLineJoiner.fullLineWidth(lines);
        if (full <= 0) {
            return false;
        }
        List<Integer> widths = PdfLineJoiner.proseWidths(lines);
        long near = widths.stream().filter(w -> w >= 0.85 * full && w <= 1.1 * full).count();
        long wider = widths.stream().filter(w -> w > 1.15 * full).count();
        return near >= MIN_NEAR_FULL * widths.size() && wider <= MAX_WIDER * widths.size();
    }

    /** Splits paragraph texts into lines, numbering pages at form feeds and page marker lines. */
    private static final class Pages {
        private int page = 1;
        private boolean pageHasText;

        void lines(String text, List<PdfLineJoiner.Line> into) {
            for (String piece : text.split("\r\n|\r|\n", -1)) {
                String[] parts = piece.split("\f", -1);
                for (int k = 0; k < parts.length; k++) {
                    if (k > 0) {
                        nextPage();
                    }
                    line(parts[k], into);
                }
            }
        }

        private void line(String raw, List<PdfLineJoiner.Line> into) {
            String text = raw.strip();
            if (text.isEmpty()) {
                return;
            }
            if (PageNumber.decorated(text)) {
                nextPage();
                return;
            }
            into.add(new PdfLineJoiner.Line(text, page, PdfLineJoiner.width(raw.stripTrailing())));
            pageHasText = true;
        }

        private void nextPage() {
            if (pageHasText) {
                page++;
                pageHasText = false;
            }
        }
    }
}
