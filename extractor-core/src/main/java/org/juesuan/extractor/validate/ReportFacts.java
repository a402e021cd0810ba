package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The validator's view of one report: its facts indexed by key and code, and the money figures the
 * {@code unit.anomaly} rule believes were printed in the wrong unit (other rules use their intended value, so that
 * one misprint is reported once).
 */
public final class ReportFacts {
    private final List<Fact> facts;
    private final Map<String, List<Fact>> byKeyCode = new LinkedHashMap<>();
    private final Map<String, List<Fact>> byKey = new LinkedHashMap<>();
    private final Map<Fact, BigDecimal> corrected = new IdentityHashMap<>();

    public ReportFacts(List<Fact> facts) {
        this.facts = List.copyOf(facts);
        for (Fact fact : this.facts) {
            if (number(fact) == null) {
                continue;
            }
            byKeyCode.computeIfAbsent(id(fact.key(), fact.code()), k -> new ArrayList<>()).add(fact);
            byKey.computeIfAbsent(fact.key(), k -> new ArrayList<>()).add(fact);
        }
    }

    public List<Fact> facts() {
        return facts;
    }

    /** Every numeric fact with this key and code (code null for keys without one), in document order. */
    public List<Fact> all(String key, String code) {
        return byKeyCode.getOrDefault(id(key, code), List.of());
    }

    /** Every numeric fact with this key, whatever its code. */
    public List<Fact> allOfKey(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    public Map<String, List<Fact>> groups() {
        return byKeyCode;
    }

    /**
     * The statement of key+code that belongs with {@code anchor}: in the same section if there is one there, else
     * anywhere; the closest by offset, a preceding one winning a tie.
     */
    public Optional<Fact> near(String key, String code, Fact anchor) {
        List<Fact> candidates = all(key, code);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String section = anchor.provenance() == null ? null : anchor.provenance().section();
        List<Fact> sameSection = candidates.stream()
                .filter(f -> f.provenance() != null && Objects.equals(f.provenance().section(), section)).toList();
        List<Fact> pool = sameSection.isEmpty() ? candidates : sameSection;
        int at = start(anchor);
        return pool.stream().min(Comparator.comparingLong(f -> {
            long d = (long) start(f) - at;
            return d <= 0 ? -2 * d : 2 * d + 1;
        }));
    }

    /** The value a rule should compute with: the stated one, or the intended one for a unit misprint. */
    public BigDecimal amount(Fact fact) {
        BigDecimal fix = corrected.get(fact);
        return fix != null ? fix : number(fact);
    }

    /** Half a printed unit of the fact, in yuan or percent (for a unit misprint: of its intended value). */
    public BigDecimal half(Fact fact) {
        BigDecimal half = Precision.half(fact);
        BigDecimal fix = corrected.get(fact);
        BigDecimal stated = number(fact);
        if (fix != null && stated != null && stated.signum() != 0) {
            return half.multiply(fix.divide(stated, java.math.MathContext.DECIMAL64)).abs();
        }
        return half;
    }

    void correct(Fact fact, BigDecimal intended) {
        corrected.put(fact, intended);
    }

    public boolean isCorrected(Fact fact) {
        return corrected.containsKey(fact);
    }

    public static BigDecimal number(Fact fact) {
        Object v = fact.value();
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Integer || v instanceof Long) {
            return BigDecimal.valueOf(((Number) v).longValue());
        }
        if (v instanceof Double || v instanceof Float) {
            return new BigDecimal(v.toString());
        }
        if (v instanceof java.math.BigInteger i) {
            return new BigDecimal(i);
        }
        return null;
    }

    static int start(Fact fact) {
        return fact.provenance() == null ? 0 : fact.provenance().start();
    }

    private static String id(String key, String code) {
        return code == null ? key : key + "|" + code;
    }
}
