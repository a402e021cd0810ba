package org.juesuan.extractor.read.ocr;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the lines and word boxes of Tesseract's hOCR output as Tika passes its elements on: a span of class
 * {@code ocr_line} (or another line class) per line, {@code ocrx_word} spans with {@code title="bbox x0 y0 x1 y1; …"}.
 */
final class HocrWords extends DefaultHandler {
    private static final Pattern BBOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");
    private static final List<String> LINE_CLASSES = List.of("ocr_line", "ocr_caption", "ocr_header", "ocr_textfloat");

    private final List<OcrLine> lines = new ArrayList<>();
    private List<OcrWord> line;
    private StringBuilder word;
    private int[] box;

    List<OcrLine> lines() {
        closeLine();
        return List.copyOf(lines);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String kind = attributes.getValue("class");
        if (kind == null) {
            return;
        }
        if (LINE_CLASSES.contains(kind)) {
            closeLine();
            line = new ArrayList<>();
        } else if (kind.equals("ocrx_word")) {
            Matcher m = BBOX.matcher(String.valueOf(attributes.getValue("title")));
            if (m.find()) {
                box = new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))};
                word = new StringBuilder();
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (word != null) {
            word.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (word != null && localName.equals("span")) {
            String text = word.toString().strip();
            if (!text.isEmpty()) {
                if (line == null) {
                    line = new ArrayList<>();
                }
                line.add(new OcrWord(text, box[0], box[1], box[2], box[3]));
            }
            word = null;
        }
    }

    private void closeLine() {
        if (line != null && !line.isEmpty()) {
            lines.add(new OcrLine(line));
        }
        line = null;
    }
}
