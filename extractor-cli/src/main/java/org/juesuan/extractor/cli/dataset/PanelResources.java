package org.juesuan.extractor.cli.dataset;

import org.juesuan.extractor.model.FactKey;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.juesuan.extractor.cli.dataset.PanelField.integer;
import static org.juesuan.extractor.cli.dataset.PanelField.money;
import static org.juesuan.extractor.cli.dataset.PanelField.number;
import static org.juesuan.extractor.cli.dataset.PanelField.string;

/**
 * The panel's resources. Each is a query over the working tables {@link PanelBuilder} prepares: {@code report_rows}
 * (one row per distinct report file, with its {@code report_id}, {@code department_id} and {@code region}),
 * {@code first_facts} (the facts of those reports, the first statement of each key and code) and
 * {@code classification} (code → official name).
 *
 * <p>Where both the 决算表 and the narrative give a figure, the table's is taken and the narrative's left out
 * ({@code source} says which): for the classification breakdowns per report and scope (a report with the
 * 一般公共预算财政拨款支出决算表 gets its rows from the table only, so a 项 is never counted twice), for single
 * figures per figure.
 */
public final class PanelResources {
    /** Parts of a printed total may differ from it by the rounding of each part to 0.01万元 (100 yuan). */
    static final String ROUNDING_PER_PART = "100";

    private PanelResources() {
    }

    /** All resources, in the order they are written (referenced resources first). */
    public static List<PanelResource> all() {
        return List.of(departments(), reports(), expenditureByFunction(), expenditureByEconomicClass(), income(),
                threePublic(), otherFigures(), findings());
    }

    private static PanelField reportId() {
        return string("report_id", "The report: the SHA-256 of its source file (reports.report_id).").asRequired();
    }

    static PanelResource departments() {
        return new PanelResource("departments", "Departments",
                "One row per department: reports of the same department in different years (or under an old and a new "
                        + "name a report states) share one department_id.",
                List.of(string("department_id", "D + the first 12 hex digits of the SHA-256 of the normalized name "
                                + "(the newest name where a report states a renaming): the same in every run and year.").asRequired(),
                        string("name", "The normalized name the id is made from (no 中共 prefix, no 委 of a party "
                                + "committee, no spaces, half-width).").asRequired(),
                        string("names_printed", "Every name the reports print for it, ' | ' between them."),
                        new PanelField("first_year", "year", "The earliest fiscal year of its reports.", false, null, false),
                        new PanelField("last_year", "year", "The latest fiscal year of its reports.", false, null, false),
                        integer("reports", "How many reports it has in the panel.").asRequired()),
                List.of("department_id"), List.of(), """
                SELECT department_id, any_value(department_name), string_agg(DISTINCT department, ' | ' ORDER BY department),
                       min(fiscal_year), max(fiscal_year), count(*)
                FROM report_rows WHERE department_id IS NOT NULL GROUP BY department_id""");
    }

    static PanelResource reports() {
        return new PanelResource("reports", "Reports",
                "One row per input file that extract turned into a record (a report or an error record); a file "
                        + "present twice (same SHA-256) is one row.",
                List.of(reportId(),
                        string("department_id", "The department (departments.department_id); empty for an error "
                                + "record or a blank template."),
                        string("department", "The department as the report names it."),
                        new PanelField("fiscal_year", "year", "The fiscal year reported on.", false, null, false),
                        string("kind", "部门决算 or 单位决算.").oneOf("部门决算", "单位决算"),
                        string("region", "The region the department's name starts with (上海市普陀区, 攀枝花市), where it has one."),
                        new PanelField("template", "boolean", "A blank template (placeholders instead of a department).",
                                false, null, false),
                        string("status", "report, or error when the file could not be read.").asRequired().oneOf("report", "error"),
                        string("error_type", "The error record's type (empty-file, corrupt, no-text, …)."),
                        string("error_message", "The error record's message."),
                        new PanelField("preferred", "boolean", "The one report to use for its department, year and "
                                + "kind when several files hold it (e.g. the same report as .docx and .pdf): the one "
                                + "with the most facts.", false, null, false),
                        string("source_file", "The input file's name.").asRequired(),
                        string("source_format", "txt, docx, doc, pdf, xlsx, xls or html."),
                        integer("source_bytes", "The input file's size."),
                        integer("pages", "Pages, for paged formats."),
                        string("schema_version", "The schemaVersion of the extractor's output record."),
                        integer("facts", "How many facts the record has."),
                        integer("findings", "How many validator findings the record has.")),
                List.of("report_id"),
                List.of(new PanelResource.ForeignKey(List.of("department_id"), "departments", List.of("department_id"))),
                """
                SELECT report_id, department_id, department, fiscal_year, kind, region, template, status, error_type,
                       error_message,
                       CASE WHEN department_id IS NULL THEN NULL
                            ELSE row_number() OVER (PARTITION BY department_id, fiscal_year, kind
                                                    ORDER BY facts DESC NULLS LAST, file) = 1 END,
                       file, format, bytes, pages, schema_version, facts, findings
                FROM report_rows""");
    }

    static PanelResource expenditureByFunction() {
        return new PanelResource("expenditure_by_function", "Expenditure by functional classification",
                "One row per report, scope and 支出功能分类 code (类/款/项) the report prints: amounts in yuan from the "
                        + "决算表 where the report has it, else from the narrative 情况说明.",
                List.of(reportId(),
                        string("scope", "Which money: all (支出决算表, every source of funds), gpb (一般公共预算财政拨款), "
                                + "govFund (政府性基金预算财政拨款), stateCapital (国有资本经营预算财政拨款).")
                                .asRequired().oneOf("all", "gpb", "govFund", "stateCapital"),
                        string("code", "The 支出功能分类 code: 3 digits 类, 5 digits 款, 7 digits 项.").asRequired(),
                        string("level", "类, 款 or 项.").asRequired().oneOf("类", "款", "项"),
                        string("parent_code", "The code one level up; empty for a 类."),
                        string("name_printed", "The name as the table prints it (the narrative's names are resolved "
                                + "to codes, so its rows have none)."),
                        string("name_classification", "The code's name in the 政府收支分类科目 table the extractor ships."),
                        money("total", "决算数: the year's expenditure (合计)."),
                        money("basic", "Of which 基本支出 (tables only)."),
                        money("project", "Of which 项目支出 (tables only)."),
                        money("budget", "预算数 where the narrative prints it (scope gpb)."),
                        string("source", "table (决算表) or narrative (情况说明).").asRequired().oneOf("table", "narrative"),
                        money("children_sum", "The sum of the rows one level down (款 of a 类; 项 of a 款; the 项 of a 类 "
                                + "that has no 款 row); empty when there are none."),
                        string("breakdown", "For a 类 or 款: complete (its parts add up to total, within 0.01万元 per "
                                + "part), incomplete (they add up to less: parts are missing), exceeds (to more), none "
                                + "(no parts printed). Empty for a 项.").oneOf("complete", "incomplete", "exceeds", "none")),
                List.of("report_id", "scope", "code"), List.of(PanelResource.toReports()),
                """
                WITH table_rows AS (
                  SELECT report_id,
                         CASE split_part(key, '.', 2) WHEN 'expenditure' THEN 'all' WHEN 'gpbExpenditure' THEN 'gpb'
                              ELSE split_part(key, '.', 2) END AS scope,
                         code, arg_min(label, start) AS name_printed,
                         coalesce(max(value) FILTER (WHERE split_part(key, '.', 3) = 'total'),
                                  max(value) FILTER (WHERE split_part(key, '.', 3) = 'expenditure')) AS total,
                         max(value) FILTER (WHERE split_part(key, '.', 3) = 'basic') AS basic,
                         max(value) FILTER (WHERE split_part(key, '.', 3) = 'project') AS project
                  FROM first_facts
                  WHERE source = 'table' AND split_part(key, '.', 2) IN ('expenditure', 'gpbExpenditure', 'govFund', 'stateCapital')
                    AND split_part(key, '.', 4) = '' AND regexp_full_match(code, '2\\d{2}(\\d{2}){0,2}')
                  GROUP BY ALL),
                narrative_rows AS (
                  SELECT report_id, 'gpb' AS scope, code, NULL AS name_printed, value AS total, NULL AS basic, NULL AS project
                  FROM first_facts
                  WHERE source = 'narrative' AND key IN ('gpb.class', 'gpb.item') AND regexp_full_match(code, '2\\d{2}(\\d{4})?')
                    AND report_id NOT IN (SELECT report_id FROM table_rows WHERE scope = 'gpb')),
                rows AS (
                  SELECT *, 'table' AS source FROM table_rows WHERE total IS NOT NULL
                  UNION ALL BY NAME SELECT *, 'narrative' AS source FROM narrative_rows),
                budgets AS (
                  SELECT report_id, code, value AS budget FROM first_facts
                  WHERE source = 'narrative' AND key IN ('gpb.class.budget', 'gpb.item.budget'))"""
                + hierarchy(true, 7, "CASE length(code) WHEN 3 THEN '类' WHEN 5 THEN '款' ELSE '项' END",
                "r.scope, r.code, r.level, r.parent_code, r.name_printed, c.name, r.total, r.basic, r.project, "
                        + "b.budget, r.source, r.children_sum",
                "LEFT JOIN budgets b ON r.scope = 'gpb' AND b.report_id = r.report_id AND b.code = r.code"));
    }

    static PanelResource expenditureByEconomicClass() {
        return new PanelResource("expenditure_by_economic_class", "Basic expenditure by economic classification",
                "One row per report and 支出经济分类 code (类/款) of the 一般公共预算财政拨款基本支出: from the "
                        + "一般公共预算财政拨款基本支出决算表 where the report has it, else from the narrative.",
                List.of(reportId(),
                        string("code", "The 经济分类 code: 3 digits 类, 5 digits 款.").asRequired(),
                        string("level", "类 or 款.").asRequired().oneOf("类", "款"),
                        string("parent_code", "The 类 of a 款."),
                        string("name_printed", "The name as the table prints it."),
                        string("name_classification", "The code's name in the classification table."),
                        money("amount", "决算数 in yuan.").asRequired(),
                        string("source", "table or narrative.").asRequired().oneOf("table", "narrative"),
                        money("children_sum", "The sum of its 款 rows, for a 类 that has some."),
                        string("breakdown", "For a 类: complete, incomplete, exceeds or none (as in "
                                + "expenditure_by_function).").oneOf("complete", "incomplete", "exceeds", "none")),
                List.of("report_id", "code"), List.of(PanelResource.toReports()),
                """
                WITH table_rows AS (
                  SELECT report_id, code, label AS name_printed, value AS total, 'table' AS source FROM first_facts
                  WHERE key = 'table.gpbBasic.econ' AND regexp_full_match(code, '3\\d{2}(\\d{2})?') AND value IS NOT NULL),
                rows AS (
                  SELECT * FROM table_rows
                  UNION ALL
                  SELECT report_id, code, NULL, value, 'narrative' FROM first_facts
                  WHERE source = 'narrative' AND key = 'gpb.basic.econ' AND regexp_full_match(code, '3\\d{2}(\\d{2})?')
                    AND value IS NOT NULL AND report_id NOT IN (SELECT report_id FROM table_rows))"""
                + hierarchy(false, 5, "CASE length(code) WHEN 3 THEN '类' ELSE '款' END",
                "r.code, r.level, r.parent_code, r.name_printed, c.name, r.total, r.source, r.children_sum", ""));
    }

    /**
     * The rest of a query whose {@code WITH} has made {@code rows} (report_id, [scope,] code, total, …): adds the
     * level, the parent code, the classification name and the check of each row against the rows one level down
     * ({@code children_sum}, {@code breakdown}), then selects {@code report_id}, {@code selectList} and
     * {@code breakdown}. A 类 without 款 rows is compared with its 项 when {@code scoped} (the functional
     * classification, whose rows have a scope).
     */
    private static String hierarchy(boolean scoped, int leafLength, String levels, String selectList, String joins) {
        String keys = scoped ? "report_id, scope, code" : "report_id, code";
        String items = scoped ? """
                ,
                items AS (SELECT report_id, scope, substr(code, 1, 3) AS code, sum(total) AS total, count(*) AS n
                          FROM leveled WHERE length(code) = 7 GROUP BY ALL)""" : "";
        String itemJoin = scoped ? " LEFT JOIN items i USING (" + keys + ")" : "";
        String children = scoped ? "coalesce(k.total, CASE WHEN length(l.code) = 3 THEN i.total END)" : "k.total";
        String parts = scoped ? "coalesce(k.n, CASE WHEN length(l.code) = 3 THEN i.n END)" : "k.n";
        return """
                ,
                leveled AS (SELECT *, %s AS level,
                                   CASE WHEN length(code) > 3 THEN substr(code, 1, length(code) - 2) END AS parent_code
                            FROM rows),
                parts AS (SELECT %s, sum(total) AS total, count(*) AS n
                          FROM (SELECT * REPLACE (parent_code AS code) FROM leveled WHERE parent_code IS NOT NULL)
                          GROUP BY ALL)%s,
                checked AS (SELECT l.*, %s AS children_sum, %s AS parts
                            FROM leveled l LEFT JOIN parts k USING (%s)%s)
                SELECT r.report_id, %s,
                       CASE WHEN length(r.code) = %d THEN NULL
                            WHEN r.children_sum IS NULL AND r.total = 0 THEN 'complete'
                            WHEN r.children_sum IS NULL THEN 'none'
                            WHEN abs(r.total - r.children_sum) <= r.parts * %s THEN 'complete'
                            WHEN r.children_sum < r.total THEN 'incomplete'
                            ELSE 'exceeds' END
                FROM checked r LEFT JOIN classification c ON c.code = r.code %s
                """.formatted(levels, keys, items, children, parts, keys, itemJoin, selectList, leafLength,
                ROUNDING_PER_PART, joins);
    }

    /** A single figure of a report: its key in the narrative, its key among the table facts (or null), its name. */
    record Figure(String item, String name, FactKey narrativeKey, String tableKey) {
        /** yuan, or count for a key that counts (FactKey's unit kind). */
        String unit() {
            return narrativeKey.unit() == FactKey.UnitKind.COUNT ? "count" : "yuan";
        }
    }

    private static final List<String[]> SUFFIXES = List.of(
            new String[]{"budget", ".budget", "预算数 as printed."},
            new String[]{"budget_completion", ".budgetCompletion", "完成预算 (percent) as printed."},
            new String[]{"previous_year", ".previousYear", "The previous year's figure as printed."},
            new String[]{"change", ".change", "The signed change on the previous year as printed."},
            new String[]{"change_rate", ".changeRate", "The signed change in percent as printed."},
            new String[]{"share", ".share", "Its share of its parent total in percent, as printed."});

    private static List<PanelField> figureFields(String itemDescription, List<Figure> figures) {
        List<PanelField> fields = new ArrayList<>();
        fields.add(reportId());
        fields.add(string("item", itemDescription).asRequired()
                .oneOf(figures.stream().map(Figure::item).toArray(String[]::new)));
        fields.add(string("name", "What the figure is, in the report's words."));
        fields.add(number("value", "The figure: money in yuan (exact to the fen), or a count.").asRequired());
        fields.add(string("unit", "yuan or count.").asRequired().oneOf("yuan", "count"));
        fields.add(string("source", "table (决算表) or narrative (情况说明): where value is from.").asRequired()
                .oneOf("table", "narrative"));
        for (String[] suffix : SUFFIXES) {
            fields.add(number(suffix[0], suffix[2] + " Money in yuan, rates in percent; from the table where it "
                    + "prints it, else the narrative."));
        }
        return fields;
    }

    /** Rows of single figures: per report and figure, the table's where the report's tables give it, else the narrative's. */
    private static String figuresSelect(List<Figure> figures) {
        String values = figures.stream().map(f -> "(" + literal(f.item()) + ", " + literal(f.name()) + ", "
                        + literal(f.narrativeKey().key()) + ", " + (f.tableKey() == null ? "NULL" : literal(f.tableKey()))
                        + ", " + literal(f.unit()) + ", " + figures.indexOf(f) + ")")
                .collect(Collectors.joining(",\n  "));
        StringBuilder select = new StringBuilder("""
                WITH figures(item, name, narrative_key, table_key, unit, ord) AS (VALUES
                  %s),
                single AS (SELECT * FROM first_facts WHERE code IS NULL AND value IS NOT NULL)
                SELECT p.report_id, f.item, f.name, coalesce(t.value, n.value), f.unit,
                       CASE WHEN t.value IS NOT NULL THEN 'table' ELSE 'narrative' END""".formatted(values));
        StringBuilder joins = new StringBuilder();
        int i = 0;
        for (String[] suffix : SUFFIXES) {
            i++;
            select.append(",\n       coalesce(t").append(i).append(".value, n").append(i).append(".value)");
            joins.append("\nLEFT JOIN single t").append(i).append(" ON t").append(i).append(".report_id = p.report_id AND t")
                    .append(i).append(".key = f.table_key || '").append(suffix[1]).append("' AND t").append(i)
                    .append(".source = 'table'")
                    .append("\nLEFT JOIN single n").append(i).append(" ON n").append(i).append(".report_id = p.report_id AND n")
                    .append(i).append(".key = f.narrative_key || '").append(suffix[1]).append("' AND n").append(i)
                    .append(".source = 'narrative'");
        }
        select.append("""

                FROM report_rows p CROSS JOIN figures f
                LEFT JOIN single t ON t.report_id = p.report_id AND t.key = f.table_key AND t.source = 'table'
                LEFT JOIN single n ON n.report_id = p.report_id AND n.key = f.narrative_key AND n.source = 'narrative'""");
        select.append(joins);
        select.append("\nWHERE coalesce(t.value, n.value) IS NOT NULL");
        return select.toString();
    }

    static final List<Figure> INCOME = List.of(
            new Figure("total", "本年收入合计", FactKey.INCOME_TOTAL, "table.incomeExpenditureSummary.income.total"),
            new Figure("gpbAppropriation", "一般公共预算财政拨款收入", FactKey.INCOME_GPB_APPROPRIATION,
                    "table.incomeExpenditureSummary.income.gpbAppropriation"),
            new Figure("govFundAppropriation", "政府性基金预算财政拨款收入", FactKey.INCOME_GOV_FUND_APPROPRIATION,
                    "table.incomeExpenditureSummary.income.govFundAppropriation"),
            new Figure("stateCapitalAppropriation", "国有资本经营预算财政拨款收入", FactKey.INCOME_STATE_CAPITAL_APPROPRIATION,
                    "table.incomeExpenditureSummary.income.stateCapitalAppropriation"),
            new Figure("superiorSubsidy", "上级补助收入", FactKey.INCOME_SUPERIOR_SUBSIDY,
                    "table.incomeExpenditureSummary.income.superiorSubsidy"),
            new Figure("business", "事业收入", FactKey.INCOME_BUSINESS, "table.incomeExpenditureSummary.income.business"),
            new Figure("operating", "经营收入", FactKey.INCOME_OPERATING, "table.incomeExpenditureSummary.income.operating"),
            new Figure("subsidiaryRemittance", "附属单位上缴收入", FactKey.INCOME_SUBSIDIARY_REMITTANCE,
                    "table.incomeExpenditureSummary.income.subsidiaryRemittance"),
            new Figure("other", "其他收入", FactKey.INCOME_OTHER, "table.incomeExpenditureSummary.income.other"),
            new Figure("carryoverBegin", "年初结转和结余", FactKey.INCOME_CARRYOVER_BEGIN,
                    "table.incomeExpenditureSummary.income.carryoverBegin"));

    static PanelResource income() {
        return new PanelResource("income", "Income by source",
                "One row per report and income item (本年收入合计 and its parts, 年初结转和结余): from the "
                        + "收入支出决算总表 where the report has it, else the narrative.",
                figureFields("The income item: " + String.join(", ", INCOME.stream().map(Figure::item).toList()) + ".", INCOME),
                List.of("report_id", "item"), List.of(PanelResource.toReports()), figuresSelect(INCOME));
    }

    static final List<Figure> THREE_PUBLIC = List.of(
            new Figure("total", "“三公”经费财政拨款支出", FactKey.THREE_PUBLIC_TOTAL, "table.threePublic.total"),
            new Figure("outbound", "因公出国（境）费", FactKey.THREE_PUBLIC_OUTBOUND, "table.threePublic.outbound"),
            new Figure("vehicle", "公务用车购置及运行维护费", FactKey.THREE_PUBLIC_VEHICLE, "table.threePublic.vehicle"),
            new Figure("vehiclePurchase", "公务用车购置费", FactKey.THREE_PUBLIC_VEHICLE_PURCHASE, "table.threePublic.vehiclePurchase"),
            new Figure("vehicleOperation", "公务用车运行维护费", FactKey.THREE_PUBLIC_VEHICLE_OPERATION,
                    "table.threePublic.vehicleOperation"),
            new Figure("reception", "公务接待费", FactKey.THREE_PUBLIC_RECEPTION, "table.threePublic.reception"));

    static PanelResource threePublic() {
        return new PanelResource("three_public", "“三公”经费",
                "One row per report and “三公” item: from the “三公”经费 table where the report has it, else the narrative.",
                figureFields("The item: " + String.join(", ", THREE_PUBLIC.stream().map(Figure::item).toList()) + ".",
                        THREE_PUBLIC),
                List.of("report_id", "item"), List.of(PanelResource.toReports()), figuresSelect(THREE_PUBLIC));
    }

    static final List<Figure> OTHER = List.of(
            new Figure("total.incomeExpenditure", "收支总计", FactKey.TOTAL_INCOME_EXPENDITURE, null),
            new Figure("total.income", "收入总计", FactKey.TOTAL_INCOME, "table.incomeExpenditureSummary.total.income"),
            new Figure("total.expenditure", "支出总计", FactKey.TOTAL_EXPENDITURE,
                    "table.incomeExpenditureSummary.total.expenditure"),
            new Figure("expenditure.total", "本年支出合计", FactKey.EXPENDITURE_TOTAL,
                    "table.incomeExpenditureSummary.expenditure.total"),
            new Figure("expenditure.basic", "基本支出", FactKey.EXPENDITURE_BASIC, null),
            new Figure("expenditure.project", "项目支出", FactKey.EXPENDITURE_PROJECT, null),
            new Figure("expenditure.carryoverEnd", "年末结转和结余", FactKey.EXPENDITURE_CARRYOVER_END,
                    "table.incomeExpenditureSummary.expenditure.carryoverEnd"),
            new Figure("appropriation.total", "财政拨款收支总计", FactKey.APPROPRIATION_TOTAL,
                    "table.appropriationSummary.total.income"),
            new Figure("gpb.expenditure", "一般公共预算财政拨款支出", FactKey.GPB_EXPENDITURE, "table.gpbExpenditure.total"),
            new Figure("gpb.basic", "一般公共预算财政拨款基本支出", FactKey.GPB_BASIC, null),
            new Figure("gpb.basic.personnel", "人员经费", FactKey.GPB_BASIC_PERSONNEL, "table.gpbBasic.personnel"),
            new Figure("gpb.basic.public", "公用经费", FactKey.GPB_BASIC_PUBLIC, "table.gpbBasic.public"),
            new Figure("govFund.expenditure", "政府性基金预算财政拨款支出", FactKey.GOV_FUND_EXPENDITURE, null),
            new Figure("stateCapital.expenditure", "国有资本经营预算财政拨款支出", FactKey.STATE_CAPITAL_EXPENDITURE, null),
            new Figure("operatingCosts", "机关运行经费", FactKey.OPERATING_COSTS, null),
            new Figure("procurement.total", "政府采购支出总额", FactKey.PROCUREMENT_TOTAL, null),
            new Figure("procurement.goods", "政府采购货物支出", FactKey.PROCUREMENT_GOODS, null),
            new Figure("procurement.works", "政府采购工程支出", FactKey.PROCUREMENT_WORKS, null),
            new Figure("procurement.services", "政府采购服务支出", FactKey.PROCUREMENT_SERVICES, null),
            new Figure("procurement.sme", "授予中小企业合同金额", FactKey.PROCUREMENT_SME, null),
            new Figure("procurement.micro", "授予小微企业合同金额", FactKey.PROCUREMENT_MICRO, null),
            new Figure("assets.vehicles", "车辆数（国有资产占有使用情况）", FactKey.ASSETS_VEHICLES, null),
            new Figure("threePublic.vehicleFleet", "公务用车保有量", FactKey.THREE_PUBLIC_VEHICLE_FLEET, null),
            new Figure("threePublic.receptionBatches", "国内公务接待批次", FactKey.THREE_PUBLIC_RECEPTION_BATCHES, null),
            new Figure("threePublic.receptionPersons", "国内公务接待人次", FactKey.THREE_PUBLIC_RECEPTION_PERSONS, null));

    static PanelResource otherFigures() {
        return new PanelResource("other_figures", "Other figures",
                "One row per report and figure: totals (收支总计, 本年支出合计, 一般公共预算财政拨款支出 …), 机关运行经费, "
                        + "政府采购, 国有资产 (vehicles) and the “三公” counts; item is the facts contract's key.",
                figureFields("The facts contract's key of the figure.", OTHER),
                List.of("report_id", "item"), List.of(PanelResource.toReports()), figuresSelect(OTHER));
    }

    static PanelResource findings() {
        return new PanelResource("findings", "Validator findings",
                "One row per finding of the validator (docs/validation.md) on a report.",
                List.of(reportId(),
                        integer("finding_no", "Its place among the report's findings, from 1.").asRequired(),
                        string("rule", "The rule (docs/validation.md).").asRequired(),
                        string("severity", "error, warning or info.").asRequired().oneOf("error", "warning", "info"),
                        string("message", "The message in Chinese."),
                        string("message_en", "The message in English."),
                        string("expected", "The value the rule expected, where it states one."),
                        string("facts", "The facts involved: key[code]=raw as printed, '; ' between them.")),
                List.of("report_id", "finding_no"), List.of(PanelResource.toReports()),
                """
                SELECT p.report_id, row_number() OVER (PARTITION BY f.output ORDER BY f.rowid), f.rule, f.severity,
                       f.message, f.message_en, json_extract_string(f.finding, '$.expected'),
                       array_to_string(list_transform(coalesce(json_extract(f.finding, '$.facts[*]'), []),
                           lambda x: json_extract_string(x, '$.key')
                                     || coalesce('[' || json_extract_string(x, '$.code') || ']', '')
                                     || coalesce('=' || json_extract_string(x, '$.raw'), '')), '; ')
                FROM findings f JOIN report_rows p ON p.output = f.output""");
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
