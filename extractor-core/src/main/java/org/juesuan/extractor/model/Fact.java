package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One figure the report states, keyed by the facts contract (docs/facts.md).
 * {@code value} is a {@link java.math.BigDecimal} for money, percent and counts, a String or Integer for report identity.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fact(String key, String code, String label, Object value, String unit, String raw, String source,
                   Provenance provenance) {
}
