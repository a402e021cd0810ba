package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;

/**
 * A validator finding: which rule fired, how serious it is ({@code error}, {@code warning}, {@code info}), the
 * message in Chinese ({@code message}) and English ({@code messageEn}), the value the rule expected (in the unit of
 * the first fact involved, null when there is no single expected value), the facts involved and their places.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(String rule, String severity, String message, String messageEn, BigDecimal expected,
                      List<Fact> facts, List<Provenance> provenance) {
    public Finding {
        facts = facts == null ? List.of() : List.copyOf(facts);
        provenance = List.copyOf(provenance);
    }

    public Finding(String rule, String severity, String message, List<Provenance> provenance) {
        this(rule, severity, message, null, null, List.of(), provenance);
    }
}
