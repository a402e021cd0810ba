package org.juesuan.extractor.read;

import org.juesuan.extractor.model.ErrorType;

import java.util.ArrayList;
import java.util.List;

/**
 * Reader for plain text, including the text Tika itself writes for Word documents: there a table cell is a
 * line that starts with a tab (several tabs on one line are several cells), a cell's further paragraphs are
 * the following lines without a tab, and a blank line ends a row. Those lines are rebuilt into tables;
 * lines that print a table as aligned columns (pdftotext {@code -layout}) are rebuilt into tables too
 * ({@link LaidOutTables}); every other non-blank line is a paragraph, and where the lines were cut at a page width (pdftotext and the like)
 * they are joined back into paragraphs ({@link LineReflow}).
 */
public final class PlainTextReader implements DocumentReader {
    @Override
    public RawDocument read(byte[] content, String fileName) throws ReadException {
        if (content.length == 0) {
            throw new ReadException(ErrorType.EMPTY_FILE, "the file is empty (0 bytes)");
        }
        String text = TextDecoder.decode(content).text();
        if (text.indexOf('\0') >= 0) {
            throw new ReadException(ErrorType.CORRUPT, "the file is binary, not text (it contains NUL characters)");
        }
        List<RawBlock> blocks = LineReflow.apply(LaidOutTables.rebuild(parse(text)));
        if (blocks.stream().noneMatch(PlainTextReader::hasText)) {
            throw new ReadException(ErrorType.NO_TEXT, "the file contains only white space");
        }
        return new RawDocument(DocumentFormat.TXT, blocks, null);
    }

    private static boolean hasText(RawBlock block) {
        return block instanceof RawParagraph
                || ((RawTable) block).rows().stream().flatMap(List::stream).anyMatch(c -> !c.text().isBlank());
    }

    static List<RawBlock> parse(String text) {
        List<RawBlock> blocks = new ArrayList<>();
        TableBuilder table = null;
        for (String line : text.split("\r\n|\r|\n", -1)) {
            boolean cellLine = line.startsWith("\t");
            if (table != null) {
                if (cellLine) {
                    table.cells(line);
                    continue;
                }
                if (line.isBlank()) {
                    table.endRow();
                    continue;
                }
                // a cell's further paragraph has no tabs; a tabbed line is something else (Tika's chart cache)
                if (table.rowOpen() && line.indexOf('\t') < 0) {
                    table.continueCell(line);
                    continue;
                }
                blocks.add(table.build());
                table = null;
            }
            if (cellLine) {
                table = new TableBuilder();
                table.cells(line);
            } else if (!line.isBlank()) {
                blocks.add(RawParagraph.of(line, null));
            }
        }
        if (table != null) {
            blocks.add(table.build());
        }
        return blocks;
    }

    private static final class TableBuilder {
        private final List<List<RawCell>> rows = new ArrayList<>();
        private List<StringBuilder> row;

        void cells(String line) {
            if (row == null) {
                row = new ArrayList<>();
            }
            for (String cell : line.substring(1).split("\t", -1)) {
                row.add(new StringBuilder(cell.strip()));
            }
        }

        boolean rowOpen() {
            return row != null;
        }

        void continueCell(String line) {
            StringBuilder cell = row.get(row.size() - 1);
            if (cell.length() > 0) {
                cell.append('\n');
            }
            cell.append(line.strip());
        }

        void endRow() {
            if (row != null) {
                rows.add(row.stream().map(c -> RawCell.of(c.toString())).toList());
                row = null;
            }
        }

        RawTable build() {
            endRow();
            return new RawTable(rows, null);
        }
    }
}
