package org.juesuan.extractor.extract.figure;

/** What the words around a figure say it is. {@link #STATED} is a figure without such words. */
public enum FigureRole {
    STATED,
    /** 占…% — a part of a total. */
    SHARE,
    /** 年初预算为 / 全年预算为 / 全年预算数 — the budget. */
    BUDGET,
    /** 完成预算…% / 完成年初预算的…% / 执行率 — the completion rate of a budget. */
    BUDGET_COMPLETION,
    /** 与2020年（2286.2万元）相比 — the prior year's figure printed in a comparison. */
    PREVIOUS_VALUE,
    /** 增加/减少 … in a year-over-year comparison, signed. */
    CHANGE,
    /** 增长/下降 …% in a year-over-year comparison, signed. */
    CHANGE_RATE
}
