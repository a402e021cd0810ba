package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** {@code total.parts}: a total equals the sum of its stated parts. */
public final class TotalPartsRule implements Rule {
    @Override
    public String id() {
        return "total.parts";
    }

    @Override
    public String severity() {
        return ERROR;
    }

    @Override
    public String description() {
        return "a total equals the sum of its stated parts (本年收入合计, 本年支出合计, 基本支出 = 人员经费 + 公用经费, "
                + "三公, 公务用车, 政府采购, 一般公共预算支出 = Σ 类, 类 = Σ 项)";
    }

    @Override
    public String tolerance() {
        return "half a printed unit per figure in the sum (total and n parts: (n + 1) × half-unit; "
                + "0.01万元 figures: 50 yuan each). 项 summing to less than their 类 are a warning (a 项 may be missing)";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (Sums.Relation relation : Sums.relations(facts)) {
            Sums.firstImbalance(Sums.evaluate(facts, relation, facts::amount)).ifPresent(e -> {
                Fact total = e.total();
                String parts = e.parts().stream().map(Findings::name).collect(Collectors.joining(" + "));
                String optionalNote = e.optionalParts().isEmpty() ? ""
                        : "（含" + e.optionalParts().stream().map(Findings::name).collect(Collectors.joining("、"))
                          + "时为" + Precision.format(e.sumWithOptional(), total) + "）";
                String optionalNoteEn = e.optionalParts().isEmpty() ? ""
                        : " (" + Precision.format(e.sumWithOptional(), total) + " with "
                          + e.optionalParts().stream().map(Findings::name).collect(Collectors.joining(", ")) + ")";
                String zh = relation.label() + " " + total.raw() + " 与其各部分之和 " + Precision.format(e.sum(), total)
                        + optionalNote + " 不符：" + parts;
                String en = relation.label() + " " + total.raw() + " is not the sum of its parts, "
                        + Precision.format(e.sum(), total) + optionalNoteEn + ": " + parts;
                List<Fact> involved = new ArrayList<>();
                involved.add(total);
                involved.addAll(e.parts());
                involved.addAll(e.optionalParts());
                // 项 that add up to less than their 类 may be a 项 the report (or the extraction) left out of its
                // list: suspicious, not a proven contradiction. More than the 类 cannot be explained that way.
                boolean itemsShort = relation.parts().equals(List.of("gpb.item"))
                        && e.sum().compareTo(facts.amount(total)) < 0;
                findings.add(Findings.of(this, itemsShort ? WARNING : ERROR,
                        itemsShort ? zh + "（可能有项未列出）" : zh,
                        itemsShort ? en + " (a 项 may be missing from the list)" : en, e.sum(), involved));
            });
        }
        return findings;
    }
}
