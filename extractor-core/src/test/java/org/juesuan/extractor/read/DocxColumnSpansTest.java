package org.juesuan.extractor.read;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DocxColumnSpansTest {
    /**
     * 财政局's 收入决算表 and 支出决算表 as Word tables: the 收入 table's header has 项目 over the three code columns
     * and the name (w:gridSpan 4) beside seven figure columns, then 支出功能分类 and 科目编码 each over the three code
     * columns (3) beside 科目名称 and the seven, then 类, 款, 项 in a cell each (11 cells).
     */
    @Test
    void theSpansOfEachBodyTablesCellsAsWordStoresThem() throws Exception {
        List<int[][]> tables = DocxColumnSpans.spans(RepoFiles.bytes(RepoFiles.fixture("tables/caizhengju-tables.docx")));
        assertEquals(2, tables.size());
        int[][] income = tables.get(0);
        assertArrayEquals(new int[]{4, 1, 1, 1, 1, 1, 1, 1}, income[0]);
        assertArrayEquals(new int[]{3, 1, 1, 1, 1, 1, 1, 1, 1}, income[1]);
        assertEquals(11, income[3].length);
    }

    @Test
    void aFileThatIsNoWordDocumentHasNoSpansAndLeavesTheBlocksAsRead() {
        byte[] notDocx = RepoFiles.bytes(RepoFiles.fixture("bad/fake.docx"));
        assertThrows(Exception.class, () -> DocxColumnSpans.spans(notDocx));
        List<RawBlock> blocks = List.of(RawParagraph.of("x", null));
        assertEquals(blocks, DocxColumnSpans.apply(notDocx, blocks));
    }
}
