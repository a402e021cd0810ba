package org.juesuan.extractor.read;

import org.juesuan.extractor.model.ErrorType;

import java.util.ArrayList;
import java.util.List;

/**
 * Reader for PDF through Tika (PDFBox underneath): lines per page, with the lines the PDF wrapped inside a
 * paragraph joined back by {@link PdfLineJoiner}, and page-number footers dropped.
 */
public final class PdfReader implements DocumentReader {
    @Override
    public RawDocument read(byte[] content, String fileName) throws ReadException {
        XhtmlBlockCollector collector = new XhtmlBlockCollector(true);
        TikaParsing.parse(content, fileName, collector);
        List<PdfLineJoiner.Line> lines = new ArrayList<>();
        List<RawBlock> blocks = new ArrayList<>();
        for (Object item : collector.items()) {
            if (item instanceof XhtmlBlockCollector.Line line) {
                lines.add(new PdfLineJoiner.Line(line.text().strip(), line.page()));
            } else {
                blocks.addAll(PdfLineJoiner.join(lines));
                lines.clear();
                blocks.add((RawTable) item);
            }
        }
        blocks.addAll(PdfLineJoiner.join(lines));
        if (blocks.isEmpty() && collector.pages() > 0) {
            throw new ReadException(ErrorType.NO_TEXT, "the PDF has " + collector.pages()
                    + " page(s) but no text layer (a scan?); OCR is not enabled");
        }
        return new RawDocument(DocumentFormat.PDF, blocks, collector.pages());
    }
}
