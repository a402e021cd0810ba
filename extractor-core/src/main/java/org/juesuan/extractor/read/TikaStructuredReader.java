package org.juesuan.extractor.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Reader for formats whose structure Tika's XHTML carries (.docx, .doc, .xlsx, .xls, .html): every
 * paragraph line becomes a paragraph, every {@code <table>} a table. For .docx and .doc the horizontal cell
 * merges Tika drops are put back ({@link ColumnSpans}).
 */
public final class TikaStructuredReader implements DocumentReader {
    private final DocumentFormat format;

    public TikaStructuredReader(DocumentFormat format) {
        this.format = format;
    }

    @Override
    public RawDocument read(byte[] content, String fileName) throws ReadException {
        XhtmlBlockCollector collector = new XhtmlBlockCollector();
        TikaParsing.parse(content, fileName, collector);
        List<RawBlock> blocks = new ArrayList<>();
        for (Object item : collector.items()) {
            if (item instanceof XhtmlBlockCollector.Line line) {
                blocks.add(new RawParagraph(line.text(), null, line.headingLevel()));
            } else {
                blocks.add((RawTable) item);
            }
        }
        if (format == DocumentFormat.HTML) {
            blocks = LineReflow.apply(blocks); // a web page made from a PDF: one <p> per printed line
        }
        boolean tables = blocks.stream().anyMatch(b -> b instanceof RawTable);
        if (tables && format == DocumentFormat.DOCX) {
            blocks = DocxColumnSpans.apply(content, blocks);
        } else if (tables && format == DocumentFormat.DOC) {
            blocks = DocColumnSpans.apply(content, blocks);
        }
        return new RawDocument(format, blocks, null);
    }
}
