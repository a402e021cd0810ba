package org.juesuan.extractor.segment;

/** The canonical section kinds of docs/sections.md; {@link #name()} is what the JSON says. */
public enum SectionKind {
    OVERVIEW,
    FUNCTIONS,
    KEY_WORK,
    ORGANIZATION,
    STATEMENTS,
    STATEMENT,
    EXPLANATION,
    INCOME_EXPENDITURE_OVERVIEW,
    INCOME,
    EXPENDITURE,
    APPROPRIATION_OVERVIEW,
    GPB_EXPENDITURE,
    GPB_EXPENDITURE_TOTAL,
    GPB_EXPENDITURE_STRUCTURE,
    GPB_EXPENDITURE_DETAIL,
    GPB_BASIC_EXPENDITURE,
    THREE_PUBLIC,
    GOV_FUND,
    STATE_CAPITAL,
    PERFORMANCE_MANAGEMENT,
    OTHER_MATTERS,
    OPERATING_COSTS,
    PROCUREMENT,
    STATE_ASSETS,
    GLOSSARY,
    ATTACHMENTS,
    APPENDIX_TABLES,
    OTHER;

    /** The kind a section's JSON {@code kind} names; {@link #OTHER} for a name this version does not know. */
    public static SectionKind of(String name) {
        for (SectionKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return OTHER;
    }
}
