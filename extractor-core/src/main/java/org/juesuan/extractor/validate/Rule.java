package org.juesuan.extractor.validate;

import org.juesuan.extractor.model.Finding;

import java.util.List;

/**
 * One validation rule: it reads the report's facts (never its raw text) and reports findings. Rules are stateless
 * and thread-safe. The catalogue is {@link Validator#RULES}; docs/validation.md describes every rule.
 */
public interface Rule {
    String ERROR = "error";
    String WARNING = "warning";
    String INFO = "info";

    /** A stable id such as {@code total.parts}. */
    String id();

    /** {@code error} for arithmetic contradictions, {@code warning} for suspicious figures, {@code info}. */
    String severity();

    /** One line saying what the rule checks. */
    String description();

    /** How far apart figures may be before the rule fires, in the data's own precision. */
    String tolerance();

    List<Finding> check(ReportFacts facts);
}
