package org.juesuan.extractor.segment;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.juesuan.extractor.segment.SectionKind.*;

/**
 * The one table from a heading's words to its kind and expected parent, for every template family we know
 * (Sichuan: 概况, 情况说明, 名词解释, 附件, 附表; Shanghai: 概况, 决算表, 情况说明, 名词解释). The expected parent
 * is what puts a misnumbered heading ({@code 1、 收入支出决算总体情况说明} among {@code 四、…}) in its place, and
 * lets {@code 预算绩效管理情况} sit under 其他重要事项 (Sichuan) or directly under the 情况说明 (Shanghai):
 * the nearest open section of an allowed kind wins. Patterns match the whole compact heading (see
 * {@link HeadingWords}), so a sentence that merely mentions these words never matches.
 */
final class HeadingVocabulary {
    private static final Set<SectionKind> TOP = Set.of();
    private static final String NOTE = "(说明)?";
    private static final String THREE_PUBLIC_WORDS = "(一般公共预算)?(财政拨款)?\"?三公\"?经费(财政拨款)?支出决算";
    private static final String GPB = "一般公共预算财政拨款";

    private static final List<HeadingRule> RULES = List.of(
            // 第一部分 概况
            HeadingRule.of(FUNCTIONS, "(部门|单位)?基本职能((及|和)主要工作)?", Set.of(OVERVIEW)),
            HeadingRule.of(FUNCTIONS, "(部门|单位)?(主要|基本)?职(能|责)|主要职能职责|职能职责",
                    Set.of(FUNCTIONS, OVERVIEW)).closedList(),
            HeadingRule.of(KEY_WORK, "(\\d{4}年度?)?(重点|主要)工作(完成|开展)?情况", Set.of(FUNCTIONS, OVERVIEW)),
            HeadingRule.of(ORGANIZATION, "机构设置(情况)?|(部门|单位)?决算单位构成(情况)?", Set.of(OVERVIEW)),
            // 情况说明
            HeadingRule.of(INCOME_EXPENDITURE_OVERVIEW, "收入?、?支出?决算总体情况" + NOTE, Set.of(EXPLANATION)),
            HeadingRule.of(INCOME, "收入决算情况" + NOTE, Set.of(EXPLANATION)),
            HeadingRule.of(EXPENDITURE, "支出决算情况" + NOTE, Set.of(EXPLANATION)),
            HeadingRule.of(APPROPRIATION_OVERVIEW, "财政拨款收入?、?支出?决算总体情况" + NOTE, Set.of(EXPLANATION)),
            HeadingRule.of(GPB_EXPENDITURE, GPB + "支出决算情况" + NOTE, Set.of(EXPLANATION)),
            HeadingRule.of(GPB_EXPENDITURE_TOTAL, GPB + "支出决算总体情况" + NOTE, Set.of(GPB_EXPENDITURE)),
            HeadingRule.of(GPB_EXPENDITURE_STRUCTURE, GPB + "支出决算结构情况" + NOTE, Set.of(GPB_EXPENDITURE)),
            HeadingRule.of(GPB_EXPENDITURE_DETAIL, GPB + "支出决算具体情况" + NOTE, Set.of(GPB_EXPENDITURE)),
            // "情况说" too: seed 001 prints "六、一般公共预算财政拨款基本支出决算情况说" (cut off before a tab)
            HeadingRule.of(GPB_BASIC_EXPENDITURE, GPB + "基本支出决算情况(说明?)?", Set.of(EXPLANATION)),
            HeadingRule.of(THREE_PUBLIC, THREE_PUBLIC_WORDS + "情况" + NOTE, Set.of(EXPLANATION)),
            HeadingRule.of(THREE_PUBLIC, THREE_PUBLIC_WORDS + "(总体|具体)情况" + NOTE, Set.of(THREE_PUBLIC)),
            HeadingRule.of(GOV_FUND, "政府性基金预算.{0,12}决算情况" + NOTE, Set.of(EXPLANATION)),
            HeadingRule.of(STATE_CAPITAL, "国有资本经营预算.{0,12}决算情况" + NOTE, Set.of(EXPLANATION)),
            HeadingRule.of(OTHER_MATTERS, "其他重要事项(的)?(情况)?说明", Set.of(EXPLANATION)),
            HeadingRule.of(PERFORMANCE_MANAGEMENT, "(部门)?(整体)?预算绩效管理(工作)?(开展)?情况" + NOTE,
                    Set.of(OTHER_MATTERS, EXPLANATION)),
            HeadingRule.of(OPERATING_COSTS, "机关运行经费(支出)?(情况)?" + NOTE, Set.of(OTHER_MATTERS, EXPLANATION)),
            HeadingRule.of(PROCUREMENT, "政府采购(支出)?(情况)?" + NOTE, Set.of(OTHER_MATTERS, EXPLANATION)),
            HeadingRule.of(STATE_ASSETS, "国有资产(占有|占用)?使用情况" + NOTE, Set.of(OTHER_MATTERS, EXPLANATION)),
            // the parts (top of the tree)
            HeadingRule.of(OVERVIEW, "(部门|单位)概况", TOP),
            HeadingRule.of(OVERVIEW, ".{1,30}概况", TOP).numbered(),
            HeadingRule.of(STATEMENTS, ".{0,40}\\d{4}年度?(部门|单位)决算表", TOP),
            HeadingRule.of(STATEMENTS, ".{0,40}(部门|单位)决算表", TOP).numbered(),
            HeadingRule.of(EXPLANATION, ".{0,40}(\\d{4}年度?)(部门|单位)?决算情况说明", TOP),
            HeadingRule.of(EXPLANATION, ".{0,40}(部门|单位)决算情况说明|决算情况说明", TOP).numbered(),
            HeadingRule.of(GLOSSARY, "名词解释", TOP).closedList(),
            HeadingRule.of(ATTACHMENTS, "附件", TOP).numbered(),
            HeadingRule.of(APPENDIX_TABLES, "附表", TOP).numbered());

    private HeadingVocabulary() {
    }

    /** The rule for a heading's compact words; {@code numbered}: the line has a number or a heading style. */
    static Optional<HeadingRule> match(String compactWords, boolean numbered) {
        if (compactWords.isEmpty()) {
            return Optional.empty();
        }
        return RULES.stream()
                .filter(rule -> numbered || !rule.needsNumber())
                .filter(rule -> rule.matches(compactWords))
                .findFirst();
    }
}
