package org.juesuan.extractor.segment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.juesuan.extractor.segment.SectionKind.*;

/**
 * The one table from a heading's words to its kind and expected parent, for every template family we know
 * (Sichuan: 概况, 情况说明, 名词解释, 附件, 附表; Shanghai: 概况, 决算表, 情况说明, 名词解释). The expected parent
 * is what puts a misnumbered heading ({@code 1、 收入支出决算总体情况说明} among {@code 四、…}) in its place, and
 * lets {@code 预算绩效管理情况} sit under 其他重要事项 (Sichuan) or directly under the 情况说明 (Shanghai):
 * the nearest open section of an allowed kind wins. Patterns match the whole compact heading (see
 * {@link HeadingWords}), so a sentence that merely mentions these words never matches. Other provinces' families
 * (Chongqing, Yunnan, Shaanxi, Beijing) are lines of the same table; docs/sections.md maps them.
 */
final class HeadingVocabulary {
    private static final Set<SectionKind> TOP = Set.of();
    private static final String NOTE = "(说明)?";
    /** Also Shaanxi's {@code “三公”经费、培训费及会议费支出情况说明} and Chongqing's {@code 2023年度“三公”经费情况说明}. */
    private static final String THREE_PUBLIC_WORDS = "(\\d{4}年度?)?(一般公共预算)?(财政拨款)?\"?三公\"?经费"
            + "(、?(培训费|会议费)((及|和|、)(培训费|会议费))?)?(财政拨款)?(支出)?(决算)?";
    private static final String GPB = "一般公共预算财政拨款";

    private static final List<HeadingRule> RULES = List.of(
            // 第一部分 概况
            HeadingRule.of(FUNCTIONS, "(部门|单位)?基本职能((及|和)主要工作)?", Set.of(OVERVIEW)),
            HeadingRule.of(FUNCTIONS, "(部门|单位)?(主要|基本)?职(能|责)|主要职能职责|职能职责",
                    Set.of(FUNCTIONS, OVERVIEW)).closedList()
                    .printedAs("主要职能", "职能职责"),
            HeadingRule.of(KEY_WORK, "(\\d{4}年度?)?(重点|主要)工作(完成|开展)?情况", Set.of(FUNCTIONS, OVERVIEW)),
            HeadingRule.of(ORGANIZATION, "机构设置(情况)?|(部门|单位)?决算单位构成(情况)?", Set.of(OVERVIEW))
                    .printedAs("机构设置", "部门决算单位构成"),
            // Chongqing's first part: 一、单位基本情况 (not a bare 基本情况: that also heads a project's description)
            HeadingRule.of(OVERVIEW, "(部门|单位)基本情况", TOP),
            // 情况说明
            HeadingRule.of(INCOME_EXPENDITURE_OVERVIEW, "收入?、?支出?决算总体情况" + NOTE, Set.of(EXPLANATION))
                    .printedAs("收入支出决算总体情况说明"),
            HeadingRule.of(INCOME, "收入决算情况" + NOTE, Set.of(EXPLANATION))
                    .printedAs("收入决算情况说明"),
            HeadingRule.of(EXPENDITURE, "支出决算情况" + NOTE, Set.of(EXPLANATION))
                    .printedAs("支出决算情况说明"),
            HeadingRule.of(APPROPRIATION_OVERVIEW, "财政拨款收入?、?支出?决算总体情况" + NOTE, Set.of(EXPLANATION))
                    .printedAs("财政拨款收入支出决算总体情况说明"),
            HeadingRule.of(GPB_EXPENDITURE, GPB + "支出决算情况" + NOTE, Set.of(EXPLANATION))
                    .printedAs(GPB + "支出决算情况说明"),
            HeadingRule.of(GPB_EXPENDITURE_TOTAL, GPB + "支出决算总体情况" + NOTE, Set.of(GPB_EXPENDITURE))
                    .printedAs(GPB + "支出决算总体情况"),
            HeadingRule.of(GPB_EXPENDITURE_STRUCTURE, GPB + "支出决算结构情况" + NOTE, Set.of(GPB_EXPENDITURE))
                    .printedAs(GPB + "支出决算结构情况"),
            HeadingRule.of(GPB_EXPENDITURE_DETAIL, GPB + "支出决算具体情况" + NOTE, Set.of(GPB_EXPENDITURE))
                    .printedAs(GPB + "支出决算具体情况"),
            // "情况说" too: seed 001 prints "六、一般公共预算财政拨款基本支出决算情况说" (cut off before a tab)
            HeadingRule.of(GPB_BASIC_EXPENDITURE, GPB + "基本支出决算情况(说明?)?", Set.of(EXPLANATION))
                    .printedAs(GPB + "基本支出决算情况说明"),
            HeadingRule.of(THREE_PUBLIC, THREE_PUBLIC_WORDS + "情况" + NOTE, Set.of(EXPLANATION))
                    .printedAs("财政拨款\"三公\"经费支出决算情况说明"),
            HeadingRule.of(THREE_PUBLIC, THREE_PUBLIC_WORDS + "(总体|具体)情况" + NOTE, Set.of(THREE_PUBLIC)),
            HeadingRule.of(GOV_FUND, "政府性基金预算.{0,12}决算情况" + NOTE, Set.of(EXPLANATION))
                    .printedAs("政府性基金预算财政拨款收入支出决算情况说明"),
            HeadingRule.of(STATE_CAPITAL, "国有资本经营预算.{0,12}决算情况" + NOTE, Set.of(EXPLANATION))
                    .printedAs("国有资本经营预算财政拨款收入支出决算情况说明"),
            // Yunnan's part 第四部分 其他重要事项及相关口径情况说明, Chongqing's 四、其他需要说明的事项
            HeadingRule.of(OTHER_MATTERS, "其他重要事项(及相关口径)?(的)?(情况)?说明|其他需要说明的事项",
                    Set.of(EXPLANATION))
                    .printedAs("其他重要事项的情况说明", "其他需要说明的事项"),
            HeadingRule.of(PERFORMANCE_MANAGEMENT, "(部门)?(整体)?预算绩效管理(工作)?(开展)?情况" + NOTE,
                    Set.of(OTHER_MATTERS, EXPLANATION))
                    .printedAs("预算绩效管理情况"),
            HeadingRule.of(PERFORMANCE_MANAGEMENT, "(部门|单位)(整体)?(支出)?绩效(自评|评价)(结果)?情况" + NOTE,
                    Set.of(OTHER_MATTERS, EXPLANATION)),
            // Yunnan's definitions of 机关运行经费, "三公"经费 … under 其他重要事项: a glossary
            HeadingRule.of(GLOSSARY, "相关口径(情况)?说明", Set.of(OTHER_MATTERS, EXPLANATION)).closedList(),
            HeadingRule.of(OPERATING_COSTS, "机关运行经费(支出)?(情况)?" + NOTE, Set.of(OTHER_MATTERS, EXPLANATION))
                    .printedAs("机关运行经费支出情况"),
            HeadingRule.of(PROCUREMENT, "政府采购(支出)?(情况)?" + NOTE, Set.of(OTHER_MATTERS, EXPLANATION))
                    .printedAs("政府采购支出情况"),
            HeadingRule.of(STATE_ASSETS, "国有资产(占有|占用)?(使用)?情况" + NOTE, Set.of(OTHER_MATTERS, EXPLANATION))
                    .printedAs("国有资产占用使用情况"),
            // the parts (top of the tree)
            HeadingRule.of(OVERVIEW, "(部门|单位)概况", TOP)
                    .printedAs("部门概况", "单位概况"),
            HeadingRule.of(OVERVIEW, ".{1,30}概况", TOP).numbered(),
            // Beijing's 第一部分 …部门决算报表, elsewhere …部门决算公开表
            HeadingRule.of(STATEMENTS, ".{0,40}\\d{4}年度?(部门|单位)决算(报|公开)?表", TOP),
            HeadingRule.of(STATEMENTS, ".{0,40}(部门|单位)决算(报|公开)?表", TOP).numbered(),
            HeadingRule.of(EXPLANATION, ".{0,40}(\\d{4}年度?)(部门|单位)?决算情况说明", TOP),
            HeadingRule.of(EXPLANATION, ".{0,40}(部门|单位)决算情况说明|决算情况说明", TOP).numbered(),
            // Chongqing's 二、单位决算收支情况说明
            HeadingRule.of(EXPLANATION, ".{0,40}(部门|单位)决算收支情况(说明)?", TOP),
            HeadingRule.of(GLOSSARY, "(专业)?名词解释", TOP).closedList()
                    .printedAs("名词解释", "专业名词解释"),
            HeadingRule.of(ATTACHMENTS, "附件", TOP).numbered(),
            HeadingRule.of(APPENDIX_TABLES, "附表", TOP).numbered());

    /** Every rule's printed headings, for garbled words ({@link #closest}). */
    private static final Map<String, HeadingRule> PRINTED = new LinkedHashMap<>();

    static {
        for (HeadingRule rule : RULES) {
            rule.printed().forEach(heading -> PRINTED.putIfAbsent(heading, rule));
        }
    }

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

    /** Every rule's printed headings (compact words) with their rule, in the vocabulary's order. */
    static Map<String, HeadingRule> printed() {
        return Collections.unmodifiableMap(PRINTED);
    }

    /**
     * The rule of the one known heading these garbled or truncated words stand for ({@code 名词解}: 名词解释), by
     * the headings' printed forms ({@link ClosestWords}); only for a line numbered or styled as a heading.
     */
    static Optional<HeadingRule> closest(String compactWords) {
        return ClosestWords.closest(compactWords, PRINTED);
    }
}
