package org.juesuan.extractor.segment;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of the {@link HeadingVocabulary}: headings whose words match {@code words} (in their
 * {@link HeadingWords#compact compact} form, marker and trailing note removed) are of {@code kind} and belong
 * under the nearest open section of one of the {@code parents} kinds — an empty set means at the top of the tree.
 * {@code needsNumber}: the words are too loose to make a heading of a line that has no number or heading style
 * (e.g. "…概况"). {@code closed}: the section is a list (duties, glossary entries) whose numbered lines are not
 * sections, so only a heading of another known kind ends it. {@code printed}: the heading's usual printed
 * forms, against which a garbled heading ({@code 名词解}) is matched when nothing matches it exactly.
 */
record HeadingRule(SectionKind kind, Pattern words, Set<SectionKind> parents, boolean needsNumber, boolean closed,
                   List<String> printed) {
    static HeadingRule of(SectionKind kind, Pattern words, Set<SectionKind> parents) {
        return new HeadingRule(kind, words, parents, false, false, List.of());
    }

    HeadingRule numbered() {
        return new HeadingRule(kind, words, parents, true, closed, printed);
    }

    HeadingRule closedList() {
        return new HeadingRule(kind, words, parents, needsNumber, true, printed);
    }

    /** The heading as templates print it (compact words), for recognizing it garbled or truncated. */
    HeadingRule printedAs(String... headings) {
        return new HeadingRule(kind, words, parents, needsNumber, closed, List.of(headings));
    }

    boolean topLevel() {
        return parents.isEmpty();
    }

    boolean matches(String compactWords) {
        return words.matcher(compactWords).matches();
    }
}
