package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.segment.StatementKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code table.sums}: a 决算表 against itself, per column. The 合计 row is the sum of the 类 rows, a 类 the sum of
 * its 款, a 款 the sum of its 项; and along a row, 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 +
 * 对附属单位补助支出, 本年收入合计 = the income columns. A part that is blank counts as 0.
 */
public final class TableSumsRule implements Rule {
    private static final Map<String, List<String>> ROW_PARTS = Map.of(
            "total", List.of("basic", "project", "remitToSuperior", "operating", "subsidiarySubsidy"));
    private static final List<String> INCOME_PARTS = List.of("appropriation", "gpbAppropriation",
            "govFundAppropriation", "stateCapitalAppropriation", "superiorSubsidy", "business", "operating",
            "subsidiaryRemittance", "other");
    private static final List<StatementKind> CODE_TABLES = List.of(StatementKind.INCOME, StatementKind.EXPENDITURE,
            StatementKind.GPB_EXPENDITURE, StatementKind.APPROPRIATION_DETAIL, StatementKind.GPB_DETAIL,
            StatementKind.GPB_PROJECT);

    @Override
    public String id() {
        return "table.sums";
    }

    @Override
    public String severity() {
        return ERROR;
    }

    @Override
    public String description() {
        return "a standard table's 合计 row, 类 rows and 款 rows are the sums of the rows under them, and a row's total column the sum of its part columns";
    }

    @Override
    public String tolerance() {
        return "(n+1) half-units of the printed figures for n parts (each figure rounded to 0.01万元)";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (StatementKind kind : CODE_TABLES) {
            Map<String, Map<String, Fact>> byColumn = new TreeMap<>();
            for (Fact f : facts.facts()) {
                String prefix = "table." + kind.id() + ".";
                if (f.key().startsWith(prefix) && "table".equals(f.source())) {
                    byColumn.computeIfAbsent(f.key().substring(prefix.length()), k -> new TreeMap<>())
                            .put(f.code() == null ? "" : f.code(), f);
                }
            }
            byColumn.forEach((column, cells) -> findings.addAll(hierarchy(facts, column, cells)));
            List<String> parts = kind == StatementKind.INCOME ? INCOME_PARTS : ROW_PARTS.get("total");
            Map<String, Fact> totals = byColumn.getOrDefault("total", Map.of());
            for (Map.Entry<String, Fact> total : totals.entrySet()) {
                List<Fact> row = new ArrayList<>();
                for (String part : parts) {
                    Fact cell = byColumn.getOrDefault(part, Map.of()).get(total.getKey());
                    if (cell != null) {
                        row.add(cell);
                    }
                }
                check(facts, total.getValue(), row, "同一行各列", "the row's part columns").ifPresent(findings::add);
            }
        }
        return findings;
    }

    private List<Finding> hierarchy(ReportFacts facts, String column, Map<String, Fact> cells) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Fact> whole : cells.entrySet()) {
            String code = whole.getKey();
            if (code.length() >= 7) {
                continue;
            }
            int partLength = code.isEmpty() ? 3 : code.length() + 2;
            List<Fact> parts = cells.entrySet().stream()
                    .filter(e -> e.getKey().length() == partLength && e.getKey().startsWith(code))
                    .map(Map.Entry::getValue).toList();
            String level = code.isEmpty() ? "类" : code.length() == 3 ? "款" : "项";
            check(facts, whole.getValue(), parts, "其下各" + level, "its " + level + " rows").ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> check(ReportFacts facts, Fact whole, List<Fact> parts, String zhParts,
                                              String enParts) {
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal tolerance = facts.half(whole);
        for (Fact part : parts) {
            sum = sum.add(facts.amount(part));
            tolerance = tolerance.add(facts.half(part));
        }
        if (sum.subtract(facts.amount(whole)).abs().compareTo(tolerance) <= 0) {
            return Optional.empty();
        }
        List<Fact> involved = new ArrayList<>();
        involved.add(whole);
        involved.addAll(parts);
        String name = whole.key() + (whole.code() == null ? "" : "[" + whole.code() + "]") + " "
                + Precision.format(facts.amount(whole), whole);
        return Optional.of(Findings.of(this,
                name + " 与" + zhParts + "之和 " + Precision.format(sum, whole) + " 不符",
                name + " differs from the sum of " + enParts + ", " + Precision.format(sum, whole),
                sum, involved));
    }
}
