package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the rule catalogue on a report's facts (the canonical model, never its raw text) and returns the findings,
 * rule by rule in catalogue order. A rule that fails unexpectedly is skipped, never the report. Thread-safe.
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

    public List<Finding> validate(List<Fact> facts) {
        ReportFacts view = new ReportFacts(facts);
        for (UnitAnomalyRule.Anomaly a : UnitAnomalyRule.detect(view)) {
            view.correct(a.fact(), a.intended());
        }
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RULES) {
            try {
                findings.addAll(rule.check(view));
            } catch (RuntimeException e) {
                // a bug in one rule must not cost the report its other findings
            }
        }
        return findings;
    }
}
