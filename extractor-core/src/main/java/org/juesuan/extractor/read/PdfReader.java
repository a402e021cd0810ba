package org.juesuan.extractor.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.read.pdf.PdfContentStripper;
import org.juesuan.extractor.read.pdf.PdfItem;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reader for PDF with PDFBox (the PDF library Tika itself parses with; Tika still detects the format). PDFBox
 * directly, because tables are rebuilt from the rulings and text positions of each page, which Tika's text
 * output no longer has. Lines outside tables are grouped back into paragraphs by {@link PdfLineJoiner}; each
 * ruled table becomes a {@link RawTable} in its place.
 */
public final class PdfReader implements DocumentReader {
    @Override
    public RawDocument read(byte[] content, String fileName) throws ReadException {
        List<PdfItem> items;
        int pages;
        try (PDDocument document = Loader.loadPDF(content)) {
            pages = PdfPageTree.countPages(document);
            items = PdfContentStripper.read(document);
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
            throw new ReadException(ErrorType.NO_TEXT, "the PDF has " + pages
                    + " page(s) but no text layer (a scan?); OCR is not enabled");
        }
        return new RawDocument(DocumentFormat.PDF, blocks, pages);
    }
}
