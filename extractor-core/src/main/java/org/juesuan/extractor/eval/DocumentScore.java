package org.juesuan.extractor.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One extracted input scored against its gold: the facts it missed and the facts it stated that the gold does
 * not have, per key and overall. A fact stated twice with the same value counts once.
 */
public record DocumentScore(String document, String input, List<FactIdentity> misses, List<FactIdentity> falseFacts,
                            Map<String, Score> byKey) {

    public static DocumentScore of(String document, String input, Set<FactIdentity> gold, Set<FactIdentity> predicted) {
        List<FactIdentity> misses = gold.stream().filter(g -> !predicted.contains(g)).toList();
        List<FactIdentity> falseFacts = predicted.stream().filter(p -> !gold.contains(p)).toList();
        Map<String, Score> byKey = new TreeMap<>();
        for (FactIdentity g : gold) {
            byKey.merge(g.key(), predicted.contains(g) ? new Score(1, 0, 0) : new Score(0, 0, 1), Score::plus);
        }
        for (FactIdentity f : falseFacts) {
            byKey.merge(f.key(), new Score(0, 1, 0), Score::plus);
        }
        return new DocumentScore(document, input, misses, falseFacts, byKey);
    }

    public Score total() {
        return byKey.values().stream().reduce(Score.ZERO, Score::plus);
    }

    public Set<String> missedKeys() {
        return misses.stream().map(FactIdentity::key).collect(Collectors.toSet());
    }
}
