package org.juesuan.extractor.segment;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClosestWordsTest {
    private static final Map<String, String> KNOWN = Map.of("收入决算表", "income", "支出决算表", "expenditure",
            "收入支出决算总表", "summary");

    @Test
    void oneEditFromOneKnownTitleIsThatTitle() {
        assertEquals(Optional.of("expenditure"), ClosestWords.closest("出决算表", KNOWN));
        assertEquals(Optional.of("income"), ClosestWords.closest("收入决算", KNOWN));
        assertEquals(Optional.of("summary"), ClosestWords.closest("收入支出决算总", KNOWN));
    }

    @Test
    void equallyCloseToTwoOrTooFarFromAllIsNothing() {
        assertEquals(Optional.empty(), ClosestWords.closest("收出决算表", KNOWN), "one edit from 收入… and from 支出…");
        assertEquals(Optional.empty(), ClosestWords.closest("决算表", KNOWN), "two edits from both");
        assertEquals(Optional.empty(), ClosestWords.closest("城乡社区支出", KNOWN));
    }

    @Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, ClosestWords.distance("名词解释", "名词解释"));
        assertEquals(1, ClosestWords.distance("名词解", "名词解释"));
        assertEquals(1, ClosestWords.distance("名同解释", "名词解释"));
        assertEquals(3, ClosestWords.distance("名词解释", "专业名词解"));
    }
}
