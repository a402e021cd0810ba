package org.juesuan.extractor.read;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text as pdftotext gives it (lines of the 财政局's 2024 report, sh-putuo-caizhengju-2024.pdf, page 11–12). */
class LineReflowTest {
    /** Enough full prose lines of the report for the document's line width to show. */
    private static final String BODY = String.join("\n",
            "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年",
            "度相比，一般公共预算财政拨款支出减少63.14万元，下降2.10%。主要原因：基本支",
            "出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。",
            "（二）一般公共预算财政拨款支出决算结构情况",
            "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出",
            "（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；",
            "卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占",
            "15.16%；",
            "（三）一般公共预算财政拨款支出决算具体情况",
            "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完",
            "成年初预算的98.20%。 决算数小于预算数的主要原因：因年度工作计划安排，个别信",
            "息化项目和中介机构服务调减。其中：",
            "",
            "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人",
            "员经费及公用经费等的基本支出。年初预算为 1560.05 万元，支出决算为1511.89万",
            "元。 决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。",
            "2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。主要用于：",
            "局财政业务指导与宣传等基本支出。年初预算为 10.00 万元，支出决算为10.00万元。",
            "决算数与预算数基本持平。") + "\n";

    private static List<String> paragraphs(String text) {
        return LineReflow.apply(PlainTextReader.parse(text)).stream().map(b -> ((RawParagraph) b).text()).toList();
    }

    @Test
    void wrappedLinesBecomeTheReportsParagraphs() {
        assertEquals(List.of(
                "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年\n度相比，一般公共预算财政拨款支出减少"
                        + "63.14万元，下降2.10%。主要原因：基本支\n出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。",
                "（二）一般公共预算财政拨款支出决算结构情况",
                "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出\n（类）2106.66万元，占71.73%；"
                        + "社会保障和就业支出（类）326.72万元，占11.11%；\n卫生健康支出（类）60.99万元，占2.07%；"
                        + "住房保障支出（类）445.69万元，占\n15.16%；",
                "（三）一般公共预算财政拨款支出决算具体情况",
                "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完\n成年初预算的98.20%。 "
                        + "决算数小于预算数的主要原因：因年度工作计划安排，个别信\n息化项目和中介机构服务调减。其中：",
                "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人\n员经费及公用经费等的基本支出。"
                        + "年初预算为 1560.05 万元，支出决算为1511.89万\n元。 决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。",
                "2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。主要用于：\n局财政业务指导与宣传等基本支出。"
                        + "年初预算为 10.00 万元，支出决算为10.00万元。\n决算数与预算数基本持平。"),
                paragraphs(BODY));
    }

    @Test
    void anItemChainCutBeforeItsFullStopStaysOneParagraph() throws Exception {
        // 社会工作部's report through pdftotext: the item's 。 and its figures on lines of their own
        String text = java.nio.file.Files.readString(org.juesuan.extractor.testing.RepoFiles.fixture(
                "variants/sh-putuo-shehuigongzuobu-2024.pdftotext.txt"));
        String item = String.join("\n",
                "1、一般公共服务支出（类）社会工作事务（款）行政运行（项）",
                "。",
                "主要用于：行政单位人员支出、公用支出。全年预算为 52.00 万元，",
                "支出决算为 51.32 万元，完成全年预算数的 98.69%。决算数小于全",
                "年预算数的主要原因：人员变动引起实际支出低于预算。");
        assertTrue(paragraphs(text).contains(item), "the item is one paragraph");
    }

    @Test
    void pageMarkersPageNumbersAndRunningHeadersGo() {
        // the body over four pages, each with a running header, its page number and a marker line after it
        String[] lines = BODY.split("\n");
        StringBuilder text = new StringBuilder();
        for (int page = 0; page < 4; page++) {
            text.append("上海市普陀区财政局2024年度部门决算\n");
            for (int i = page * 5; i < Math.min(lines.length, page * 5 + 5); i++) {
                text.append(lines[i]).append('\n');
            }
            text.append(page + 3).append("\n- ").append(page + 3).append(" -\n");
        }
        assertEquals(paragraphs(BODY), paragraphs(text.toString()));
        assertEquals(paragraphs(BODY), paragraphs(text.toString().replaceAll("- \\d+ -\n", "\f")));
    }

    @Test
    void aFigureCutAcrossLinesIsJoined() {
        List<String> out = paragraphs(BODY + "本年收入合计1,0\n46.00万元。\n");
        assertEquals("本年收入合计1,0\n46.00万元。", out.get(out.size() - 1));
    }

    @Test
    void flattenedPagesAreSplitBackIntoSectionsAndItems() {
        String flat = BODY.replace("\n\n", "\n").strip().replace("\n", " ") + "\n";
        List<String> out = paragraphs(flat);
        // the headings and items open paragraphs again; a space the printed line had after a 。 now ends one too
        assertEquals("（二）一般公共预算财政拨款支出决算结构情况", out.get(1));
        assertEquals("（三）一般公共预算财政拨款支出决算具体情况", out.get(3));
        assertEquals("一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完\n成年初预算的98.20%。", out.get(4));
        assertEquals("决算数小于预算数的主要原因：因年度工作计划安排，个别信\n息化项目和中介机构服务调减。其中：", out.get(5));
        assertEquals("1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人\n员经费及公用经费等的基本支出。"
                + "年初预算为 1560.05 万元，支出决算为1511.89万\n元。", out.get(6));
        assertEquals("2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。主要用于：\n局财政业务指导与宣传等基本支出。"
                + "年初预算为 10.00 万元，支出决算为10.00万元。\n决算数与预算数基本持平。", out.get(8));
    }

    @Test
    void aFlattenedHeadingAfterTheTextBeforeItOpensAParagraph() throws Exception {
        // seed 000 and 004 flattened: headings follow a figure's caption or another heading after a space, not a 。,
        // and an unnumbered heading runs on into its first sentence
        List<String> seed004 = paragraphs(java.nio.file.Files.readString(org.juesuan.extractor.testing.RepoFiles.fixture(
                "variants/004_b2fb7ddb4acb550d.flat.txt")));
        assertTrue(seed004.stream().anyMatch(p -> p.startsWith("1、") && p.contains("收入支出决算总体情况说明")
                && !p.contains("第二部分")), "1、收入支出决算总体情况说明 opens a paragraph");
        assertTrue(seed004.stream().anyMatch(p -> p.startsWith("2、") && p.contains("收入决算情况说明")
                && !p.contains("图 1")), "2、收入决算情况说明 opens a paragraph");
        List<String> seed000 = paragraphs(java.nio.file.Files.readString(org.juesuan.extractor.testing.RepoFiles.fixture(
                "variants/000_b5790c93cfb4a072.flat.txt")));
        assertTrue(seed000.contains("支出决算情况说明"), "the unnumbered heading is a paragraph of its own");
        assertTrue(seed000.stream().anyMatch(p -> p.startsWith("2021 年市政协办公室本年支出合计 2222.83 万元，")),
                "its first sentence opens the next");
    }

    @Test
    void aFlattenedNumberedItemAfterAFigureOpensAParagraph() throws Exception {
        // seed 003 flattened: item 4 ends without a 。 (完成预算 100% 5.社会保障…), and a 项目绩效 table's last cell runs
        // into the next project's heading (…1年 28 万元 100% （4）市侨联业务运行费…)
        List<String> seed003 = paragraphs(java.nio.file.Files.readString(org.juesuan.extractor.testing.RepoFiles.fixture(
                "variants/003_452dfb289bf64cc2.flat.txt")));
        assertTrue(seed003.stream().anyMatch(p -> p.startsWith("5.社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）")),
                "item 5 opens a paragraph");
        assertTrue(seed003.stream().anyMatch(p -> p.startsWith("（4）市侨联业务运行费项目绩效目标完成情况综述。")),
                "the project's heading opens a paragraph");
    }

    @Test
    void textWrittenOneParagraphPerLineIsLeftAsItIs() {
        // Tika's text of a Word file: long and short lines, no common width
        String text = String.join("\n",
                "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出减少63.14万元，下降2.10%。",
                "（二）一般公共预算财政拨款支出决算结构情况",
                "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；",
                "社会保障和就业支出。",
                "一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数的主要原因：因年度工作计划安排，个别信息化项目和中介机构服务调减。其中：",
                "1、一般公共服务支出（类）财政事务（款）行政运行（项）。",
                "主要用于：局本部人员经费及公用经费等的基本支出。年初预算为 1560.05 万元，支出决算为1511.89万元。");
        assertEquals(List.of(text.split("\n")), paragraphs(text));
    }
}
