package org.juesuan.extractor.segment;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One line of the {@link HeadingVocabulary}: headings whose words match {@code words} (in their
 * {@link HeadingWords#compact compact} form, marker and trailing note removed) are of {@code kind} and belong
 * under the nearest open section of one of the {@code parents} kinds — an empty set means at the top of the tree.
 * {@code needsNumber}: the words are too loose to make a heading of a line that has no number or heading style
 * (e.g. "…概况"). {@code closed}: the section is a list (duties, glossary entries) whose numbered lines are not
 * sections, so only a heading of another known kind ends it.
 */
record HeadingRule(SectionKind kind, Pattern words, Set<SectionKind> parents, boolean needsNumber, boolean closed) {
    static HeadingRule of(SectionKind kind, String words, Set<SectionKind> parents) {
        return new HeadingRule(kind, Pattern.compile(words), parents, false, false);
    }

    HeadingRule numbered() {
        return new HeadingRule(kind, words, parents, true, closed);
    }

    HeadingRule closedList() {
        return new HeadingRule(kind, words, parents, needsNumber, true);
    }

    boolean topLevel() {
        return parents.isEmpty();
    }

    boolean matches(String compactWords) {
        return words.matcher(compactWords).matches();
    }
}
