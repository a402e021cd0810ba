package org.juesuan.extractor.read.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.juesuan.extractor.model.OcrPage;
import org.juesuan.extractor.model.OcrSummary;
import org.juesuan.extractor.read.RawCell;
import org.juesuan.extractor.read.pdf.PdfItem;
import org.juesuan.extractor.segment.OcrHeadingRepair;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OCR step of the PDF reader: every page whose text layer fails {@link TextLayerCheck} (a page without text only
 * when it draws an image: a blank or only ruled page has nothing to read) is rendered and read by
 * the OCR engine, and its lines replace what the text layer gave for that page, as the text lines the reader
 * produces for any page (so they go through the same line joining, normalization and extraction). Without an
 * engine such a page gives no text at all, rather than garbage, and is recorded as not read.
 */
public final class PdfPageOcr {
    /**
     * Rendering resolution of a page that is not a scan (a garbled text layer): Tesseract reads best at about 300 dpi.
     * A scanned page is rendered at the resolution it was scanned at (within {@link #MIN_DPI}–{@link #DPI}):
     * upsampling a 150 dpi scan loses more characters than it gains.
     */
    static final int DPI = 300;
    static final int MIN_DPI = 150;
    /** Two figures with decimals apart on one line: a table row (narrative figures are followed by 万元, %, …). */
    private static final Pattern TWO_FIGURES = Pattern.compile("\\d\\.\\d{2}\\s+(?:\\S+\\s+)?[\\d,.]*\\d\\.\\d{2}(?:\\s|$)");

    /** The page items after OCR, and which pages were read by OCR and why (null when no page needed it). */
    public record Result(List<PdfItem> items, OcrSummary summary) {
    }

    private final OcrEngine engine;

    public PdfPageOcr(OcrEngine engine) {
        this.engine = engine;
    }

    public Result apply(PDDocument document, List<PdfItem> items) {
        int pages = document.getNumberOfPages();
        List<List<PdfItem>> byPage = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            byPage.add(new ArrayList<>());
        }
        for (PdfItem item : items) {
            byPage.get(item.page() - 1).add(item);
        }
        List<OcrPage> record = new ArrayList<>();
        // made, and the engine asked whether it can run (which may start a program), at the first page that needs OCR
        PDFRenderer renderer = null;
        Optional<String> unavailable = Optional.empty();
        List<PdfItem> out = new ArrayList<>(items.size());
        for (int p = 0; p < pages; p++) {
            int number = p + 1;
            Optional<TextLayerCheck.Verdict> verdict = TextLayerCheck.check(text(byPage.get(p)));
            if (verdict.isEmpty() || (verdict.get().reason().equals(OcrPage.NO_TEXT_LAYER)
                    && !PageImages.hasImage(document.getPage(p)))) {
                out.addAll(byPage.get(p));
                continue;
            }
            String reason = verdict.get().reason();
            String detail = verdict.get().detail();
            if (renderer == null) {
                renderer = new PDFRenderer(document);
                unavailable = engine.unavailable();
            }
            if (unavailable.isPresent()) {
                record.add(new OcrPage(number, reason, detail, null, false));
                continue;
            }
            int dpi = Math.max(MIN_DPI, Math.min(DPI, PageImages.scanDpi(document.getPage(p)).orElse(DPI)));
            try {
                BufferedImage image = renderer.renderImageWithDPI(p, dpi, ImageType.GRAY);
                out.addAll(read(image, number));
                record.add(new OcrPage(number, reason, detail, dpi, true));
            } catch (IOException | RuntimeException e) {
                record.add(new OcrPage(number, reason, detail + "; OCR failed: " + e.getMessage(), null, false));
            }
        }
        if (record.isEmpty()) {
            return new Result(items, null);
        }
        OcrSummary summary = unavailable
                .map(missing -> new OcrSummary(null, null, missing, record))
                .orElseGet(() -> new OcrSummary(engine.name(), engine.language(), null, record));
        return new Result(out, summary);
    }

    /**
     * The page's items as OCR reads them: its lines, and when they look like a table's (at least
     * {@link OcrTableRows#MIN_ROWS} lines with two figures) the table's rows rebuilt from the words' boxes
     * ({@link OcrTableRows}) in place of the lines it spans.
     */
    private List<PdfItem> read(BufferedImage image, int page) throws IOException {
        List<String> lines = engine.lines(image);
        List<OcrLine> boxed = tabular(lines) ? wordLines(image) : List.of();
        Optional<OcrTableRows.Found> table = OcrTableRows.find(boxed);
        List<PdfItem> items = new ArrayList<>();
        if (table.isEmpty()) {
            addLines(items, lines, page);
            return items;
        }
        addLines(items, boxed.subList(0, table.get().first()).stream().map(OcrLine::text).toList(), page);
        items.add(new PdfItem.Table(table.get().rows(), page));
        addLines(items, boxed.subList(table.get().last() + 1, boxed.size()).stream().map(OcrLine::text).toList(), page);
        return items;
    }

    /** The word boxes, or none when reading them fails: the page's lines are then all it gives, as before. */
    private List<OcrLine> wordLines(BufferedImage image) {
        try {
            return engine.wordLines(image);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static void addLines(List<PdfItem> items, List<String> lines, int page) {
        for (String line : OcrTextCleanup.cleanLines(lines)) {
            items.add(new PdfItem.TextLine(OcrHeadingRepair.repair(line), page));
        }
    }

    private static boolean tabular(List<String> lines) {
        return lines.stream().filter(line -> TWO_FIGURES.matcher(line).find()).count() >= OcrTableRows.MIN_ROWS;
    }

    private static String text(List<PdfItem> items) {
        StringBuilder text = new StringBuilder();
        for (PdfItem item : items) {
            if (item instanceof PdfItem.TextLine line) {
                text.append(line.text()).append('\n');
            } else if (item instanceof PdfItem.Table table) {
                for (List<RawCell> row : table.rows()) {
                    for (RawCell cell : row) {
                        text.append(cell.text()).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}
