package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.model.FactKey;
import org.juesuan.extractor.segment.SectionKind;
import org.juesuan.extractor.words.WordLists;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The one table from the words in front of a figure to the facts-contract key, per section kind (the same words
 * mean different things in different sections: 收、支总计 is the report's total in the overview and the
 * appropriation total in 财政拨款收入支出决算总体情况). The table is data, concept-words.tsv beside this class
 * (section, pattern, key, label), read once; a key must be the contract's ({@link FactKey}).
 */
final class ConceptLexicon {
    private static final String RESOURCE = "concept-words.tsv";
    /** The section column of a sentence about the year before the report's (see {@link NarrativeExtractor}). */
    private static final String PREVIOUS_YEAR = "previous-year";

    private static final Map<SectionKind, List<Concept>> BY_SECTION = new EnumMap<>(SectionKind.class);
    private static final List<Concept> PREVIOUS_YEAR_CONCEPTS = new ArrayList<>();

    static {
        for (WordLists.Row row : WordLists.rows(ConceptLexicon.class, RESOURCE, 4)) {
            if (FactKey.of(row.get(2)).isEmpty()) {
                throw row.error(row.get(2) + " is not a key of the facts contract (model/FactKey)");
            }
            Concept concept = new Concept(row.get(2), row.pattern(1), row.get(3));
            sectionList(row).add(concept);
        }
    }

    private ConceptLexicon() {
    }

    private static List<Concept> sectionList(WordLists.Row row) {
        String section = row.get(0);
        if (section.equals(PREVIOUS_YEAR)) {
            return PREVIOUS_YEAR_CONCEPTS;
        }
        try {
            return BY_SECTION.computeIfAbsent(SectionKind.valueOf(section), kind -> new ArrayList<>());
        } catch (IllegalArgumentException e) {
            throw row.error(section + " is neither a SectionKind nor " + PREVIOUS_YEAR);
        }
    }

    /**
     * The concept whose words end nearest the figure (the longer one when two end at the same place; the one
     * listed first when they are the same words).
     */
    static Optional<Concept> nearest(List<Concept> concepts, String window) {
        Concept best = null;
        int bestEnd = -1;
        int bestLength = -1;
        for (Concept concept : concepts) {
            Matcher m = concept.words().matcher(window);
            while (m.find()) {
                int length = m.end() - m.start();
                if (m.end() > bestEnd || (m.end() == bestEnd && length > bestLength)) {
                    best = concept;
                    bestEnd = m.end();
                    bestLength = length;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static List<Concept> forSection(SectionKind kind) {
        return BY_SECTION.getOrDefault(kind, List.of());
    }

    static List<Concept> previousYear() {
        return PREVIOUS_YEAR_CONCEPTS;
    }
}
