package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.words.WordLists;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 决算表 word lists read from table-words.tsv: the first matching line wins, so the order is the priority. */
class TableWordsTest {

    @Test
    void aColumnHeaderTakesItsMostSpecificWord() {
        // 支出决算表: the headers 本年支出 over 基本支出 join into 本年支出基本支出, which is the basic column
        assertEquals(Optional.of("basic"), ColumnVocabulary.keyOf("本年支出基本支出"));
        assertEquals(Optional.of("total"), ColumnVocabulary.keyOf("本年支出合计"));
        assertEquals(Optional.of("expenditure"), ColumnVocabulary.keyOf("本年支出"));
        assertEquals(Optional.empty(), ColumnVocabulary.keyOf("项目"));
    }

    @Test
    void summaryRowsAreReadPerSide() {
        // 收入支出决算总表: 总计 is total.income on the left, total.expenditure on the right
        assertEquals(Optional.of("total.income"), SummaryRows.keyOf("income", "总计", false));
        assertEquals(Optional.of("total.expenditure"), SummaryRows.keyOf("expenditure", "总计", false));
        assertEquals(Optional.of("expenditure.carryoverEnd"), SummaryRows.keyOf("expenditure", "年末结转和结余", false));
        assertEquals(Optional.of("income.carryoverBegin.gpb"),
                SummaryRows.keyOf("income", "一般公共预算财政拨款", true));
    }

    @Test
    void aListTheFileDoesNotHaveIsRefused() {
        assertThrows(IllegalStateException.class, () -> WordRules.standard("no.such.list"));
    }

    @Test
    void aLineNamingAListThatDoesNotExistFailsTheLoadWithItsLine() throws IOException {
        String tsv = "# list\tpattern\tkey\ncolumn\t合计\ttotal\nsumary.income\t总计\ttotal.income\n";
        List<WordLists.Row> rows = WordLists.rows("table-words.tsv", new BufferedReader(new StringReader(tsv)), 3);
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> WordRules.checked(rows));
        assertTrue(refused.getMessage().startsWith("table-words.tsv line 3: no list sumary.income"),
                refused.getMessage());
    }
}
