package org.juesuan.extractor.segment;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** heading-words.tsv: each rule's kind, parents, flags and printed forms, on headings of corpora/000. */
class HeadingWordsFileTest {

    private static HeadingRule rule(String heading) {
        return HeadingVocabulary.match(HeadingWords.compact(heading), true).orElseThrow();
    }

    @Test
    void aSubheadingBelongsUnderItsSection() {
        HeadingRule rule = rule("“三公”经费财政拨款支出决算总体情况说明");
        assertEquals(SectionKind.THREE_PUBLIC, rule.kind());
        assertEquals(Set.of(SectionKind.THREE_PUBLIC), rule.parents());
        assertEquals(Set.of(SectionKind.OTHER_MATTERS, SectionKind.EXPLANATION), rule("预算绩效管理情况").parents());
    }

    @Test
    void partsAreAtTheTopAndListsAreClosed() {
        HeadingRule glossary = rule("名词解释");
        assertTrue(glossary.topLevel());
        assertTrue(glossary.closed());
        assertFalse(glossary.needsNumber());
        assertTrue(HeadingVocabulary.match("附件", true).orElseThrow().needsNumber());
    }

    @Test
    void printedFormsAreKeptForGarbledHeadings() {
        assertEquals(SectionKind.GLOSSARY, HeadingVocabulary.printed().get("专业名词解释").kind());
        assertEquals(SectionKind.GPB_BASIC_EXPENDITURE,
                HeadingVocabulary.printed().get("一般公共预算财政拨款基本支出决算情况说明").kind());
        assertEquals(SectionKind.GLOSSARY, HeadingVocabulary.closest("名词解").orElseThrow().kind());
    }
}
