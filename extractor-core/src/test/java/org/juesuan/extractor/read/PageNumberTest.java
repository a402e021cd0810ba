package org.juesuan.extractor.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one page-number recognizer, shared by the PDF line joiner and the cover title. */
class PageNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"3", "—1—", "- 3 -", "~2~", "第 4 页 共 9 页", "第3页，共24页", "3 / 24"})
    void pageNumbersAsPrinted(String line) {
        assertTrue(PageNumber.matches(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年度部门决算", "12345", "第三部分", "3.5", "第3页至第5页为附表"})
    void otherLinesAreNot(String line) {
        assertFalse(PageNumber.matches(line), line);
    }
}
