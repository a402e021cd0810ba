package org.juesuan.extractor.normalize;

import org.juesuan.extractor.read.PlainTextReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paragraphs rebuilt from cut lines still map back, character for character, to the text as read. */
class ReflowOffsetsTest {
    @Test
    void aFigureJoinedAcrossALineBreakMapsBackToBothLines() throws Exception {
        String text = String.join("\n",
                "一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年",
                "度相比，一般公共预算财政拨款支出减少63.14万元，下降2.10%。主要原因：基本支",
                "出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。",
                "一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出",
                "（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；",
                "卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占",
                "15.16%；",
                "—3—",
                "1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人",
                "员经费及公用经费等的基本支出。年初预算为 1560.05 万元，支出决算为1511.89万",
                "元。 决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。") + "\n";
        NormalizedDocument doc = new DocumentNormalizer().normalize(
                new PlainTextReader().read(text.getBytes(StandardCharsets.UTF_8), "caizhengju.pdftotext.txt"));
        int start = doc.text().indexOf("1511.89万元");
        assertTrue(start > 0, doc.text());
        assertEquals("1511.89万\n元", doc.originalSlice(start, start + "1511.89万元".length()));
        int share = doc.text().indexOf("占15.16%");
        assertEquals("占\n15.16%", doc.originalSlice(share, share + "占15.16%".length()));
        assertTrue(!doc.text().contains("—3—"), "the page marker is gone");
        // every normalized character comes from the same character of the original
        for (int i = 0; i < doc.text().length(); i++) {
            char c = doc.text().charAt(i);
            if (c != '\n' && c != ' ') {
                assertEquals(c, doc.originalText().charAt(doc.originalOffset(i)), "at " + i);
            }
        }
    }
}
