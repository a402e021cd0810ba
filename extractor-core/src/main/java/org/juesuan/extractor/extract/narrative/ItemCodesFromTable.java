package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.model.Fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The code the report's own 一般公共预算财政拨款支出决算表 gives a 项 whose printed name the classification does not
 * know (规划和自然资源局: 机关事业单位退休人员活动费支出（项）, printed as row 2080599 of its table): the one row under
 * the entry's 款 with the entry's amount that no other entry of the narrative names. None, or several, give
 * nothing.
 */
final class ItemCodesFromTable {
    private static final String ROW_TOTAL = "table.gpbExpenditure.total";

    private final List<Fact> rows;

    ItemCodesFromTable(List<Fact> tableFacts) {
        this.rows = tableFacts.stream()
                .filter(f -> f.key().equals(ROW_TOTAL) && f.code() != null && f.code().length() == 7)
                .toList();
    }

    Optional<String> code(String sectionCode, BigDecimal amount, Set<String> claimed) {
        List<String> codes = rows.stream()
                .filter(f -> f.code().startsWith(sectionCode) && !claimed.contains(f.code()))
                .filter(f -> f.value() instanceof BigDecimal v && v.compareTo(amount) == 0)
                .map(Fact::code)
                .distinct()
                .toList();
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }
}
