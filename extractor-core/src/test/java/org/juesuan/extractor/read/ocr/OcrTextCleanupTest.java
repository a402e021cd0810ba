package org.juesuan.extractor.read.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void misreadWordsAreFoundInTesseractsSpacedOutput() {
        // Tesseract separates most characters by spaces (seed 004 without Unicode maps, the 财政局 scan)
        assertEquals("四、财政拨款收入支出决算总体情况说明",
                OcrTextCleanup.clean("四 、 财 政 拨 委 收入 文 出 决算 总 体 情况 说 明"));
        assertEquals("机关运行经费支出 184.65 万元，", OcrTextCleanup.clean("机 关 运行 缉 费 支出 184.65 万 元 ，"));
    }

    @Test
    void threePublicQuotesReadAsOtherMarks() {
        assertEquals("七、“三公”经费财政拨款支出决算情况说明", OcrTextCleanup.clean("七 、 “三公 、 经 费 财 政 拨款 支出 决算 情况 说 明"));
        assertEquals("（二）“三公”经费财政拨款支出决算具体情况说明。", OcrTextCleanup.clean("(二 )“ 三 公 ? 经 费 财政 拨款 支出 决算 具体 情况 说 明 。"));
        assertEquals("（二）“三公”经费财政拨款支出决算具体情况说明。", OcrTextCleanup.clean("(二 ) “三 公 经 费 财政 拨款 支出 决算 具体 情况 说 明 。"));
        // no quotes printed: nothing to repair
        assertEquals("严格控制三公经费支出。", OcrTextCleanup.clean("严格 控制 三 公 经 费 支 出 。"));
    }

    @Test
    void classBracketsReadAsOtherBracketsOrLost() {
        assertEquals("9、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：",
                OcrTextCleanup.clean("9、 卫 生 健康 支出 〔 类 ) 行政 事业 单位 医疗 〈 款 ) 行政 单位 医疗 〈 项 ) 。 主 要 用 于 :"));
        assertEquals("1. 一般公共服务（类）人大事务（款）行政运行（项）：支出决算为 1273.96 万元，",
                OcrTextCleanup.clean("1. 一 般 公 共 服 务 〈 类 ) 人 大 事务 〈 款 ) 行政 运行 项 ) :支出 决算 为 1273.96 万 元 ，"));
        // no （类） or （款） in the line: a closing bracket after 项 is left alone
        assertEquals("（其中第一项）", OcrTextCleanup.clean("（其中第一项）"));
    }

    @Test
    void figuresAndUnitsReadWithALookAlike() {
        // 占 read as 点 before a share, % read as 9% after 0, a decimal point read as a colon, 万 read as 克
        assertEquals("603.14 万元，占 20.51%；", OcrTextCleanup.clean("603.14 万 元 ， 点 20.51%6;"));
        assertEquals("0%，其中：", OcrTextCleanup.clean("09%， 其 中 :"));
        assertEquals("工程采购金额 0 万元、服务采购金额 246.47 万元。",
                OcrTextCleanup.clean("工程 采购 金额 0 克 元 、 服务 采购 金额 246:47 万 元 。"));
        // a share of 点 without a percent, and a time of day, stay
        assertEquals("增加了2个百分点，9:30开会", OcrTextCleanup.clean("增加了2个百分点，9:30开会"));
    }

    @Test
    void aMisreadWordSplitOverTwoLines() {
        // seed 001 scanned, page 5: "文" ends one line, "出" starts the next
        assertEquals(List.of("主要用于以下方面：一般公共服务（类）支", "出 1630.16 万元，占 77.20%；"),
                OcrTextCleanup.cleanLines(List.of("主 要 用 于 以 下 方面 :一 般 公 共 服 务 (类 ) 文",
                        "出 1630.16 万 元 ， 占 77.20%;", "  ")));
    }
}
