package org.juesuan.extractor.segment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Heading lines as Tesseract read them from fixtures/ocr (after OcrTextCleanup), and lines that must stay. */
class OcrHeadingRepairTest {

    @Test
    void aNumberWithALostOrMisreadBracketIsTheOutlineNumber() {
        // the 财政局 scan, pages 22 and 24
        assertEquals("（二）一般公共预算财政拨款支出决算结构情况",
                OcrHeadingRepair.repair("二）一般公共预算财政拨款支出决算结构情况"));
        assertEquals("（二）政府采购支出情况", OcrHeadingRepair.repair("《二广政府采购支出情况"));
        assertEquals("（二）政府采购支出情况", OcrHeadingRepair.repair("（二政府采购支出情况"));
        assertEquals("七、财政拨款“三公”经费支出决算情况说明", OcrHeadingRepair.repair("七，财政拨款“三公”经费支出决算情况说明"));
    }

    @Test
    void aTitleAFewCharactersOffIsTheOneKnownHeadingNearIt() {
        assertEquals("（三）一般公共预算财政拨款支出决算具体情况",
                OcrHeadingRepair.repair("（三）一般公共预算财政拨委支出决算具体情况"));
        assertEquals("（一）机关运行经费支出情况", OcrHeadingRepair.repair("（一）机关运行缉费支出情况"));
        assertEquals("四、财政拨款收入支出决算总体情况说明", OcrHeadingRepair.repair("四、财政拨委收入文出决算总体情况说明"));
    }

    @Test
    void aTieOrATitleTooFarOffStaysAsRead() {
        // 总体 and 具体 are one character apart: a misread first character could be either
        assertEquals("（一）一般公共预算财政拨款支出决算忌体情况",
                OcrHeadingRepair.repair("（一）一般公共预算财政拨款支出决算忌体情况"));
        assertEquals("（二）政府购买服务情况", OcrHeadingRepair.repair("（二）政府购买服务情况"));
        assertEquals("（二）其他收入情况", OcrHeadingRepair.repair("（二）其他收入情况"));
    }

    @Test
    void linesThatAreNotHeadingsStayAsRead() {
        assertEquals("（二）政府采购支出251.25万元", OcrHeadingRepair.repair("（二）政府采购支出251.25万元"));
        assertEquals("一般公共预算财政拨委支出决算具体情况", OcrHeadingRepair.repair("一般公共预算财政拨委支出决算具体情况"));
        assertEquals("二、本年收入合计2946.25万元，其中：财政拨款收入2940.05万元",
                OcrHeadingRepair.repair("二、本年收入合计2946.25万元，其中：财政拨款收入2940.05万元"));
        assertEquals("1、一般公共服务支出（类）财政事务（款）行政运行（项）。",
                OcrHeadingRepair.repair("1、一般公共服务支出（类）财政事务（款）行政运行（项）。"));
    }

    @Test
    void aHeadingReadRightKeepsItsWordsAndPunctuation() {
        assertEquals("（一）“三公”经费财政拨款支出决算总体情况说明。",
                OcrHeadingRepair.repair("（一）“三公”经费财政拨款支出决算总体情况说明。"));
    }
}
