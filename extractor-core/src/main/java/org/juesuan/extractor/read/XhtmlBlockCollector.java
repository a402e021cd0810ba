package org.juesuan.extractor.read;

import org.juesuan.extractor.model.ErrorType;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns Tika's XHTML events into raw blocks: text of {@code p}, {@code h1}–{@code h6}, {@code li} and the like
 * becomes paragraphs (one per line of text), {@code table/tr/td} becomes tables with cells kept as cells.
 * Text of a nested table goes into the enclosing cell. (PDF is read by {@link PdfReader}, not through here,
 * so nothing is paged.)
 */
final class XhtmlBlockCollector extends DefaultHandler {
    private static final Set<String> PARAGRAPH_ELEMENTS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "blockquote", "div", "caption");
    private static final Set<String> SKIPPED_ELEMENTS = Set.of("head", "title", "style", "script", "meta");

    /** One line of paragraph text as it came, before lines are grouped into paragraphs. */
    record Line(String text, Integer headingLevel) {
    }

    private final List<Object> items = new ArrayList<>(); // Line or RawTable, in order
    private final StringBuilder text = new StringBuilder();
    private Integer headingLevel;
    private int skipDepth;

    private int tableDepth;
    private List<List<RawCell>> rows;
    private List<RawCell> row;
    private StringBuilder cell;
    private int colSpan = 1;
    private int rowSpan = 1;

    /** Lines and tables in reading order. */
    List<Object> items() {
        flushText();
        return items;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String name = localName.isEmpty() ? qName : localName;
        if (SKIPPED_ELEMENTS.contains(name)) {
            skipDepth++;
            return;
        }
        if (name.equals("div") && "page".equals(atts.getValue("class"))) {
            flushText(); // a sheet of a workbook
            return;
        }
        if (name.equals("table")) {
            tableDepth++;
            if (tableDepth > ReadLimits.MAX_TABLE_NESTING) {
                throw new SAXException(new ReadException(ErrorType.TOO_LARGE, ReadLimits.NESTING_MESSAGE
                        + ": more than " + ReadLimits.MAX_TABLE_NESTING + " tables inside each other"));
            }
            if (tableDepth == 1) {
                flushText();
                rows = new ArrayList<>();
            }
            return;
        }
        if (tableDepth == 1) {
            switch (name) {
                case "tr" -> row = new ArrayList<>();
                case "td", "th" -> {
                    if (row == null) {
                        row = new ArrayList<>();
                    }
                    cell = new StringBuilder();
                    colSpan = span(atts.getValue("colspan"));
                    rowSpan = span(atts.getValue("rowspan"));
                }
                default -> breakLineInCell(name);
            }
            return;
        }
        if (tableDepth > 1) {
            breakLineInCell(name);
            return;
        }
        if (PARAGRAPH_ELEMENTS.contains(name) || name.equals("br")) {
            flushText();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                headingLevel = name.charAt(1) - '0';
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (SKIPPED_ELEMENTS.contains(name)) {
            skipDepth--;
            return;
        }
        if (name.equals("table")) {
            tableDepth--;
            if (tableDepth == 0) {
                endRow();
                if (!rows.isEmpty()) {
                    items.add(new RawTable(rows, null));
                }
                rows = null;
            }
            return;
        }
        if (tableDepth == 1) {
            switch (name) {
                case "td", "th" -> endCell();
                case "tr" -> endRow();
                default -> breakLineInCell(name);
            }
            return;
        }
        if (tableDepth > 1) {
            breakLineInCell(name);
            return;
        }
        if (PARAGRAPH_ELEMENTS.contains(name)) {
            flushText();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth > 0) {
            return;
        }
        if (cell != null) {
            cell.append(ch, start, length);
        } else if (tableDepth == 0) {
            text.append(ch, start, length);
        }
        // text directly inside <table>/<tr> outside a cell is layout whitespace
    }

    /** Tika's PDF output separates the lines inside a paragraph with "ignorable" newlines: they are line breaks. */
    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private void breakLineInCell(String element) {
        if (cell != null && (PARAGRAPH_ELEMENTS.contains(element) || element.equals("br") || element.equals("tr"))
                && cell.length() > 0 && cell.charAt(cell.length() - 1) != '\n') {
            cell.append('\n');
        }
    }

    private void endCell() {
        if (cell == null) {
            return;
        }
        row.add(new RawCell(cell.toString().strip(), colSpan, rowSpan));
        cell = null;
        colSpan = 1;
        rowSpan = 1;
    }

    private void endRow() {
        endCell();
        if (row != null && !row.isEmpty()) {
            rows.add(row);
        }
        row = null;
    }

    private void flushText() {
        if (text.length() > 0) {
            for (String line : text.toString().split("\n")) {
                if (!line.isBlank()) {
                    items.add(new Line(line, headingLevel));
                }
            }
            text.setLength(0);
        }
        headingLevel = null;
    }

    private static int span(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
