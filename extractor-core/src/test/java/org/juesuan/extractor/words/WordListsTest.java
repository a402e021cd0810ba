package org.juesuan.extractor.words;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word-list files: comments and blank lines skipped, named pieces expanded, a malformed line refused at load. */
class WordListsTest {

    private static List<WordLists.Row> read(String text, int columns) throws IOException {
        return WordLists.rows("test.tsv", new BufferedReader(new StringReader(text)), columns);
    }

    @Test
    void rowsKeepFileOrderAndTheirLineNumbers() throws IOException {
        List<WordLists.Row> rows = read("# header\n\ncolumn\t基本支出\tbasic\ncolumn\t项目支出\tproject\n", 3);
        assertEquals(2, rows.size());
        assertEquals("basic", rows.get(0).get(2));
        assertEquals(3, rows.get(0).line());
        assertEquals(4, rows.get(1).line());
    }

    @Test
    void aDefinedPieceIsExpandedInLaterLines() throws IOException {
        List<WordLists.Row> rows = read("@define\tGPB\t一般公共预算(?:财政)?(?:拨款)?\nINCOME\t${GPB}收入\tincome.gpbAppropriation\n", 3);
        assertEquals("一般公共预算(?:财政)?(?:拨款)?收入", rows.get(0).get(1));
        assertTrue(rows.get(0).pattern(1).matcher("一般公共预算财政拨款收入").matches());
    }

    @Test
    void aLineWithTooFewColumnsFailsWithFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> read("# header\ncolumn\t基本支出\tbasic\ncolumn 项目支出 project\n", 3));
        assertTrue(e.getMessage().startsWith("test.tsv line 3:"), e.getMessage());
    }

    @Test
    void aBadPatternFailsWithFileAndLine() throws IOException {
        WordLists.Row row = read("\ncolumn\t年初(结转\tcarryoverBegin\n", 3).get(0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> row.pattern(1));
        assertTrue(e.getMessage().startsWith("test.tsv line 2:"), e.getMessage());
    }

    @Test
    void anUndefinedPieceFailsWithFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> read("INCOME\t${NOPE}收入\tincome.total\n", 3));
        assertTrue(e.getMessage().startsWith("test.tsv line 1:"), e.getMessage());
    }
}
