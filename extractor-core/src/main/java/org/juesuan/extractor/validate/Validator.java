package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the rule catalogue on a report's facts (the canonical model, never its raw text) and returns the findings,
 * rule by rule in catalogue order. Two steps, which the pipeline runs as two stages: {@link #correctUnits} (figures
 * printed in the wrong unit get their intended value, so that one misprint is reported once) and {@link #check}.
 * A rule that fails unexpectedly gives a {@value #RULE_FAILED} finding naming it, and the other rules still run.
 * Thread-safe.
 */
public final class Validator {
    /** The catalogue, in the order findings are reported. docs/validation.md describes each rule. */
    public static final List<Rule> RULES = List.of(
            new UnitAnomalyRule(),
            new TotalPartsRule(),
            new ShareRule(),
            new ChangeRule(),
            new BudgetCompletionRule(),
            new GpbSubsetRule(),
            new BasicFundingRule(),
            new SameConceptRule(),
            new TemplateResidueRule(),
            new PrintAnomalyRule(),
            new CodeKnownRule(),
            new TableSumsRule(),
            new TableNarrativeRule());

    /** The finding of a rule that threw: a bug in one rule must not cost the report its other findings. */
    public static final String RULE_FAILED = "rule-failed";

    private final List<Rule> rules;

    public Validator() {
        this(RULES);
    }

    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Finding> validate(List<Fact> facts) {
        return check(correctUnits(facts));
    }

    /** The validator's view of the facts, with the figures {@link UnitAnomalyRule} finds misprinted corrected. */
    public ReportFacts correctUnits(List<Fact> facts) {
        ReportFacts view = new ReportFacts(facts);
        for (UnitAnomalyRule.Anomaly a : UnitAnomalyRule.detect(view)) {
            view.correct(a.fact(), a.intended());
        }
        return view;
    }

    public List<Finding> check(ReportFacts view) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                findings.addAll(rule.check(view));
            } catch (RuntimeException e) {
                findings.add(new Finding(RULE_FAILED, "warning", "校验规则 " + rule.id() + " 运行失败：" + e,
                        "validation rule " + rule.id() + " failed: " + e, null, List.of(), List.of()));
            }
        }
        return findings;
    }
}
