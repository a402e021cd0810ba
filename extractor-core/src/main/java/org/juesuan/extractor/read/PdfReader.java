package org.juesuan.extractor.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.model.OcrSummary;
import org.juesuan.extractor.read.ocr.OcrEngine;
import org.juesuan.extractor.read.ocr.PdfPageOcr;
import org.juesuan.extractor.read.ocr.TesseractOcrEngine;
import org.juesuan.extractor.read.pdf.FontsKeptCache;
import org.juesuan.extractor.read.pdf.PdfContentStripper;
import org.juesuan.extractor.read.pdf.PdfItem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader for PDF with PDFBox (the PDF library Tika itself parses with; Tika still detects the format). PDFBox
 * directly, because tables are rebuilt from the rulings and text positions of each page, which Tika's text
 * output no longer has. Lines outside tables are grouped back into paragraphs by {@link PdfLineJoiner}; each
 * ruled table becomes a {@link RawTable} in its place. Pages without a usable text layer (a scan, or fonts
 * without Unicode maps) are read by OCR ({@link PdfPageOcr}).
 */
public final class PdfReader implements DocumentReader {
    private final PdfPageOcr ocr;

    public PdfReader() {
        this(new TesseractOcrEngine());
    }

    public PdfReader(OcrEngine engine) {
        this.ocr = new PdfPageOcr(engine);
    }

    @Override
    public RawDocument read(byte[] content, String fileName) throws ReadException {
        List<PdfItem> items;
        int pages;
        OcrSummary ocrSummary;
        try (PDDocument document = load(content)) {
            pages = PdfPageTree.countPages(document);
            PdfPageOcr.Result read = ocr.apply(document, PdfContentStripper.read(document));
            items = read.items();
            ocrSummary = read.summary();
        } catch (InvalidPasswordException e) {
            throw new ReadException(ErrorType.ENCRYPTED, "the document is password-protected", e);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ErrorType.CORRUPT, "the file could not be parsed: " + TikaParsing.describe(e), e);
        }
        List<PdfLineJoiner.Line> lines = new ArrayList<>();
        List<RawBlock> blocks = new ArrayList<>();
        for (PdfItem item : items) {
            if (item instanceof PdfItem.TextLine line) {
                lines.add(new PdfLineJoiner.Line(line.text(), line.page()));
            } else if (item instanceof PdfItem.Table table) {
                blocks.addAll(PdfLineJoiner.join(lines));
                lines.clear();
                blocks.add(new RawTable(table.rows(), table.page()));
            }
        }
        blocks.addAll(PdfLineJoiner.join(lines));
        if (blocks.isEmpty() && pages > 0) {
            throw new ReadException(ErrorType.NO_TEXT, noTextMessage(pages, ocrSummary));
        }
        return new RawDocument(DocumentFormat.PDF, blocks, pages, ocrSummary);
    }

    /** The document, with a resource cache that parses each of its fonts once ({@link FontsKeptCache}). */
    static PDDocument load(byte[] content) throws IOException {
        PDDocument document = Loader.loadPDF(content);
        FontsKeptCache.install(document);
        return document;
    }

    private static String noTextMessage(int pages, OcrSummary ocr) {
        String message = "the PDF has " + pages + " page(s) but no usable text layer (a scan?)";
        if (ocr == null) {
            return message;
        }
        if (ocr.unavailable() != null) {
            return message + " and OCR is not available: " + ocr.unavailable();
        }
        return message + " and OCR found no text on " + ocr.pages().size() + " page(s)";
    }
}
