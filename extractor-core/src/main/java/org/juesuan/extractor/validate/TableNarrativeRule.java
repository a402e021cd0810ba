package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.FactKey;
import org.juesuan.extractor.model.Finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Objects;

/**
 * {@code table.narrative}: a figure the 情况说明 states and the 决算表 prints for the same concept and code must be
 * the same figure: a 项's 决算数 and the 一般公共预算财政拨款支出决算表's 合计 for that code, the totals, the
 * 基本支出 split, the "三公" figures.
 */
public final class TableNarrativeRule implements Rule {
    /** Narrative key → the table key that prints the same figure (same code). */
    static final Map<String, String> SAME_FIGURE = Arrays.stream(FactKey.values())
            .filter(k -> k.tableCounterpart().isPresent())
            .collect(Collectors.toUnmodifiableMap(FactKey::key, k -> k.tableCounterpart().get()));

    @Override
    public String id() {
        return "table.narrative";
    }

    @Override
    public String severity() {
        return ERROR;
    }

    @Override
    public String description() {
        return "a figure stated in the 情况说明 differs from the 决算表's figure for the same concept and code";
    }

    @Override
    public String tolerance() {
        return "the sum of the two figures' half-units";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Fact stated : facts.facts()) {
            String tableKey = SAME_FIGURE.get(stated.key());
            if (tableKey == null || "table".equals(stated.source())) {
                continue;
            }
            for (Fact printed : facts.all(tableKey, stated.code())) {
                if (!"table".equals(printed.source()) || !Objects.equals(printed.code(), stated.code())) {
                    continue;
                }
                if (facts.amount(stated).subtract(facts.amount(printed)).abs()
                        .compareTo(facts.half(stated).add(facts.half(printed))) > 0) {
                    String inTable = Precision.format(facts.amount(printed), printed);
                    Integer page = printed.provenance() == null ? null : printed.provenance().page();
                    findings.add(Findings.of(this,
                            "情况说明中 " + Findings.name(stated) + " 与决算表" + (page == null ? "" : "（第" + page + "页）")
                                    + "中的 " + inTable + " 不符",
                            "the narrative's " + Findings.name(stated) + " differs from the table's " + inTable
                                    + (page == null ? "" : " (p. " + page + ")"),
                            facts.amount(printed), List.of(stated, printed)));
                }
            }
        }
        return findings;
    }
}
