package org.juesuan.extractor.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts contract in code (docs/facts.md, "Keys"): every narrative key with its unit kind, the total a
 * {@code .share} of it is taken of, the total it is a part of (and whether it may be left out of that sum), and the
 * table fact that prints the same figure. The order is the contract's; the sums list their parts in it. A key's
 * suffixed forms ({@code .previousYear}, {@code .change}, {@code .changeRate}, {@code .share}, {@code .budget},
 * {@code .budgetCompletion}) are not listed separately. FactKeyCatalogueTest holds this list to docs/facts.md.
 */
public enum FactKey {
    REPORT_DEPARTMENT("report.department", UnitKind.NONE),
    REPORT_FISCAL_YEAR("report.fiscalYear", UnitKind.NONE),
    REPORT_KIND("report.kind", UnitKind.NONE),
    TOTAL_INCOME_EXPENDITURE("total.incomeExpenditure", null, null, false, "table.incomeExpenditureSummary.total.income"),
    TOTAL_INCOME("total.income", UnitKind.MONEY),
    TOTAL_EXPENDITURE("total.expenditure", UnitKind.MONEY),
    INCOME_TOTAL("income.total", null, null, false, "table.income.total"),
    INCOME_GPB_APPROPRIATION("income.gpbAppropriation", "income.total", "income.total", false, null),
    INCOME_GOV_FUND_APPROPRIATION("income.govFundAppropriation", "income.total", "income.total", false, null),
    INCOME_STATE_CAPITAL_APPROPRIATION("income.stateCapitalAppropriation", "income.total", "income.total", false, null),
    INCOME_SUPERIOR_SUBSIDY("income.superiorSubsidy", "income.total", "income.total", false, null),
    INCOME_BUSINESS("income.business", "income.total", "income.total", false, null),
    INCOME_OPERATING("income.operating", "income.total", "income.total", false, null),
    INCOME_SUBSIDIARY_REMITTANCE("income.subsidiaryRemittance", "income.total", "income.total", false, null),
    INCOME_OTHER("income.other", "income.total", "income.total", false, null),
    /** Some reports include 年初结转和结余 in 本年收入合计, some do not. */
    INCOME_CARRYOVER_BEGIN("income.carryoverBegin", "income.total", "income.total", true, null),
    EXPENDITURE_TOTAL("expenditure.total", null, null, false, "table.expenditure.total"),
    EXPENDITURE_BASIC("expenditure.basic", "expenditure.total", "expenditure.total", false, "table.expenditure.basic"),
    EXPENDITURE_PROJECT("expenditure.project", "expenditure.total", "expenditure.total", false, "table.expenditure.project"),
    EXPENDITURE_REMIT_TO_SUPERIOR("expenditure.remitToSuperior", "expenditure.total", "expenditure.total", false, null),
    EXPENDITURE_OPERATING("expenditure.operating", "expenditure.total", "expenditure.total", false, null),
    EXPENDITURE_SUBSIDIARY_SUBSIDY("expenditure.subsidiarySubsidy", "expenditure.total", "expenditure.total", false, null),
    EXPENDITURE_CARRYOVER_END("expenditure.carryoverEnd", "expenditure.total", "expenditure.total", true, null),
    APPROPRIATION_TOTAL("appropriation.total", null, null, false, "table.appropriationSummary.total.income"),
    GPB_EXPENDITURE("gpb.expenditure", null, null, false, "table.gpbExpenditure.total"),
    /** Per 类 (3-digit code); its sum with the other 类 is gpb.expenditure (a per-code sum, see Sums). */
    GPB_CLASS("gpb.class", "gpb.expenditure", null, false, "table.gpbExpenditure.total"),
    /** Per 项 (7-digit code). */
    GPB_ITEM("gpb.item", null, null, false, "table.gpbExpenditure.total"),
    GPB_BASIC("gpb.basic", null, null, false, "table.gpbExpenditure.basic"),
    GPB_BASIC_PERSONNEL("gpb.basic.personnel", null, "gpb.basic", false, "table.gpbBasic.personnel"),
    GPB_BASIC_PUBLIC("gpb.basic.public", null, "gpb.basic", false, "table.gpbBasic.public"),
    /** Per economic item (5-digit code). */
    GPB_BASIC_ECON("gpb.basic.econ", null, null, false, "table.gpbBasic.econ"),
    THREE_PUBLIC_TOTAL("threePublic.total", null, null, false, "table.threePublic.total"),
    THREE_PUBLIC_OUTBOUND("threePublic.outbound", "threePublic.total", "threePublic.total", false, "table.threePublic.outbound"),
    THREE_PUBLIC_VEHICLE("threePublic.vehicle", "threePublic.total", "threePublic.total", false, "table.threePublic.vehicle"),
    THREE_PUBLIC_VEHICLE_PURCHASE("threePublic.vehiclePurchase", null, "threePublic.vehicle", false, "table.threePublic.vehiclePurchase"),
    THREE_PUBLIC_VEHICLE_OPERATION("threePublic.vehicleOperation", null, "threePublic.vehicle", false, "table.threePublic.vehicleOperation"),
    THREE_PUBLIC_RECEPTION("threePublic.reception", "threePublic.total", "threePublic.total", false, "table.threePublic.reception"),
    THREE_PUBLIC_RECEPTION_BATCHES("threePublic.receptionBatches", UnitKind.COUNT),
    THREE_PUBLIC_RECEPTION_PERSONS("threePublic.receptionPersons", UnitKind.COUNT),
    THREE_PUBLIC_VEHICLE_FLEET("threePublic.vehicleFleet", UnitKind.COUNT),
    GOV_FUND_EXPENDITURE("govFund.expenditure", UnitKind.MONEY),
    STATE_CAPITAL_EXPENDITURE("stateCapital.expenditure", UnitKind.MONEY),
    OPERATING_COSTS("operatingCosts", UnitKind.MONEY),
    PROCUREMENT_TOTAL("procurement.total", UnitKind.MONEY),
    PROCUREMENT_GOODS("procurement.goods", null, "procurement.total", false, null),
    PROCUREMENT_WORKS("procurement.works", null, "procurement.total", false, null),
    PROCUREMENT_SERVICES("procurement.services", null, "procurement.total", false, null),
    PROCUREMENT_SME("procurement.sme", "procurement.total", null, false, null),
    PROCUREMENT_MICRO("procurement.micro", "procurement.total", null, false, null),
    ASSETS_VEHICLES("assets.vehicles", UnitKind.COUNT),
    /** Per project (code = the project's name), as the rest of the performance.project.* keys. */
    PERFORMANCE_PROJECT_BUDGET("performance.project.budget", UnitKind.MONEY),
    PERFORMANCE_PROJECT_EXECUTED("performance.project.executed", UnitKind.MONEY),
    PERFORMANCE_PROJECT_RATE("performance.project.rate", UnitKind.PERCENT);

    /** What a key's value is: money in yuan, a percent, a count, or (identity) a string or year. */
    public enum UnitKind { MONEY, PERCENT, COUNT, NONE }

    private static final Map<String, FactKey> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(FactKey::key, Function.identity()));

    private final String key;
    private final UnitKind unit;
    private final String shareOf;
    private final String partOf;
    private final boolean optionalPart;
    private final String tableCounterpart;

    FactKey(String key, UnitKind unit) {
        this(key, unit, null, null, false, null);
    }

    /** A money key. */
    FactKey(String key, String shareOf, String partOf, boolean optionalPart, String tableCounterpart) {
        this(key, UnitKind.MONEY, shareOf, partOf, optionalPart, tableCounterpart);
    }

    FactKey(String key, UnitKind unit, String shareOf, String partOf, boolean optionalPart, String tableCounterpart) {
        this.key = key;
        this.unit = unit;
        this.shareOf = shareOf;
        this.partOf = partOf;
        this.optionalPart = optionalPart;
        this.tableCounterpart = tableCounterpart;
    }

    /** The key as the JSON spells it. */
    public String key() {
        return key;
    }

    public UnitKind unit() {
        return unit;
    }

    /** The total a {@code .share} of this key is a percent of (share.matches), if the contract names one. */
    public Optional<String> shareOf() {
        return Optional.ofNullable(shareOf);
    }

    /** The total this key is one of the parts of (total.parts), if any. */
    public Optional<String> partOf() {
        return Optional.ofNullable(partOf);
    }

    /** A part the report may or may not have included in its total (年初结转和结余, 年末结转和结余). */
    public boolean optionalPart() {
        return optionalPart;
    }

    /** The table fact key ({@code table.<kind>.<column>}) that prints the same figure, if any. */
    public Optional<String> tableCounterpart() {
        return Optional.ofNullable(tableCounterpart);
    }

    public static Optional<FactKey> of(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The parts of {@code total}, in the contract's order: the optional ones if {@code optional}, else the others. */
    public static List<String> partsOf(String total, boolean optional) {
        return Arrays.stream(values()).filter(k -> total.equals(k.partOf) && k.optionalPart == optional)
                .map(FactKey::key).toList();
    }
}
