package org.juesuan.extractor.segment;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClosestWordsTest {
    private static final Map<String, String> KNOWN = Map.of("收入决算表", "income", "支出决算表", "expenditure",
            "收入支出决算总表", "summary", "收入预算表", "budget");

    @Test
    void aTitleWithOneCharacterDroppedIsThatTitle() {
        assertEquals(Optional.of("expenditure"), ClosestWords.closest("出决算表", KNOWN));
        assertEquals(Optional.of("income"), ClosestWords.closest("收入决算", KNOWN));
        assertEquals(Optional.of("summary"), ClosestWords.closest("收入支出决算总", KNOWN));
    }

    @Test
    void equallyCloseToTwoOrAChangedCharacterOrTooFarIsNothing() {
        assertEquals(Optional.empty(), ClosestWords.closest("收入算表", KNOWN), "one dropped from 收入决算表 and from 收入预算表");
        assertEquals(Optional.empty(), ClosestWords.closest("收出决算表", KNOWN), "a character changed, not dropped");
        assertEquals(Optional.empty(), ClosestWords.closest("决算表", KNOWN), "two dropped");
        assertEquals(Optional.empty(), ClosestWords.closest("城乡社区支出", KNOWN));
    }

    @Test
    void missingCountsTheDroppedCharactersOnly() {
        assertEquals(0, ClosestWords.missing("名词解释", "名词解释"));
        assertEquals(1, ClosestWords.missing("名词解", "名词解释"));
        assertEquals(2, ClosestWords.missing("名词解释", "专业名词解释"));
        assertEquals(Integer.MAX_VALUE, ClosestWords.missing("名同解释", "名词解释"));
        assertEquals(Integer.MAX_VALUE, ClosestWords.missing("解释名词", "名词解释"));
    }
}
