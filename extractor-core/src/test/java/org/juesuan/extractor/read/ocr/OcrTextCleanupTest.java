package org.juesuan.extractor.read.ocr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OcrTextCleanupTest {

    @Test
    void classBracketsAndPunctuationAsPrinted() {
        // Tesseract's reading of the 财政局's page 22 (fixtures/ocr/caizhengju-p21-24-scan.pdf)
        assertEquals("1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人",
                OcrTextCleanup.clean("1、一般公共服务支出〈《类) 财政事务〈款) 行政运行《项) 。主要用于: 局本部人"));
        assertEquals("元。决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。",
                OcrTextCleanup.clean("元。 决算数小于预算数的主要原因: 人员进出及退休变化，减少人员经费开支。"));
    }

    @Test
    void misreadReportWordsAndBrackets() {
        // seed 004 with its Unicode maps removed, as Tesseract read it
        assertEquals("四、财政拨款收入支出决算总体情况说明", OcrTextCleanup.clean("四、财政拨委收入文出决算总体情况说明"));
        assertEquals("2.社会保障和就业（208）行政事业单位养老支出（05）：", OcrTextCleanup.clean("2.社会保障和就业（208）行政事业单位养老支出 〈05) :"));
        assertEquals("支出决算结构图（万元）", OcrTextCleanup.clean("支出决算结构图 〈 万元)"));
    }

    @Test
    void lookAlikesBecomeDigitsOnlyInsideFigures() {
        assertEquals("年初预算为 10.00 万元，支出决算为1511.89万元",
                OcrTextCleanup.clean("年初预算为 l0.O0 万元, 支出决算为1511.89万元"));
        assertEquals("合计 1,511.89", OcrTextCleanup.clean("合计 1, 5l1. 89"));
        assertEquals("2024年度", OcrTextCleanup.clean("2O24年度"));
        assertEquals("年初预算为 135.90 万元", OcrTextCleanup.clean("年初预算为 13$.90 万元"));
        // letters in words stay letters, and so does a figure's neighbour that is a word
        assertEquals("Office 2019 PDF IO", OcrTextCleanup.clean("Office 2019 PDF IO"));
        assertEquals("B2O 型", OcrTextCleanup.clean("B2O 型"));
    }

    @Test
    void commasBetweenDigitsStayAndSpacesBetweenChineseGo() {
        assertEquals("收入2,940.05万元，比上年增加", OcrTextCleanup.clean("收入2,940.05万元,比 上 年 增加"));
        assertEquals("比2023年度增加2.55万元，增长1.4%", OcrTextCleanup.clean("比2023年度增加2.55万元, 增长1.4%"));
        // the 财政局 scan, page 1: ASCII semicolon and a stray digit after the percent sign
        assertEquals("项目支出603.14 万元，占 20.51%；", OcrTextCleanup.clean("项目支出603.14 万元, 占 20.51%6;"));
        // seed 001 scanned: a percent sign read as 9%
        assertEquals("占 98.21%，完成预算 100%，占 16.19%；增长 109%", OcrTextCleanup.clean("占 98.219%，完成预算 1009%，占 16.19*9%；增长 109%"));
    }
}
