package org.juesuan.extractor.segment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Title lines of tables printed on their own (附表 files, titles inside a sheet) and the kind they name. */
class StatementKindTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "收入支出决算总表|incomeExpenditureSummary",
            "二、收入决算表|income",
            "收入决算表 单位：万元|income",
            "附表1：收入支出决算总表|incomeExpenditureSummary",
            "公开表3 支出决算表|expenditure",
            "攀枝花市人大常委会办公室2021年度收入支出决算总表|incomeExpenditureSummary",
            "2021年度部门财政拨款收入支出决算总表|appropriationSummary",
            "单位一般公共预算财政拨款基本支出决算表|gpbBasic",
            "财政拨款“三公”经费支出决算表|threePublic",
            "收入支出决算总表（公开01表）|incomeExpenditureSummary"})
    void namesTheKind(String line, String kind) {
        assertEquals(Optional.of(kind), StatementKind.ofTitleLine(line).map(StatementKind::id));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2021年度部门决算公开表", "收入决算情况说明", "一般公共预算财政拨款支出决算情况"})
    void anythingElseIsNoTitle(String line) {
        assertEquals(Optional.empty(), StatementKind.ofTitleLine(line));
    }
}
