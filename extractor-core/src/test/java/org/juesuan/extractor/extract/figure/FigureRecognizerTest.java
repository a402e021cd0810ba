package org.juesuan.extractor.extract.figure;

import org.juesuan.extractor.extract.CorpusText;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.juesuan.extractor.extract.figure.FigureFlag.AMBIGUOUS_DIRECTION;
import static org.juesuan.extractor.extract.figure.FigureFlag.APPROXIMATE;
import static org.juesuan.extractor.extract.figure.FigureFlag.LOWER_BOUND;
import static org.juesuan.extractor.extract.figure.FigureFlag.MISSING_PERCENT_SIGN;
import static org.juesuan.extractor.extract.figure.FigureFlag.STRAY_CHARACTER;
import static org.juesuan.extractor.extract.figure.FigureRole.BUDGET;
import static org.juesuan.extractor.extract.figure.FigureRole.BUDGET_COMPLETION;
import static org.juesuan.extractor.extract.figure.FigureRole.CHANGE;
import static org.juesuan.extractor.extract.figure.FigureRole.CHANGE_RATE;
import static org.juesuan.extractor.extract.figure.FigureRole.PREVIOUS_VALUE;
import static org.juesuan.extractor.extract.figure.FigureRole.SHARE;
import static org.juesuan.extractor.extract.figure.FigureRole.STATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figures in real sentences. Every sentence is copied from the normalized text of a corpus report (
 * {@link CorpusText} checks that it is there); every expected value was worked out by hand from the sentence.
 * Offsets are checked against the position of the expected raw text in the sentence, in order.
 */
class FigureRecognizerTest {
    private static final FigureRecognizer RECOGNIZER = new FigureRecognizer();

    // ---- seed 000 (攀枝花市政协办公室 2021)

    @Test
    void incomeComparedWithThePreviousYearsPrintedFigure() {
        String s = CorpusText.seed000("2021年度市政协办公室收入2155.89万元。与2020年（2286.2万元）相比，减少130.31万元，减少5.69%。主要变动原因是项目经费减少。");
        Recognition r = assertFigures(s,
                money("2155.89万元", "21558900"),
                money("2286.2万元", "22862000", PREVIOUS_VALUE),
                money("130.31万元", "-1303100", CHANGE),
                percent("5.69%", "-5.69", CHANGE_RATE));
        assertChanges(s, r, change("与2020年（2286.2万元）相比，减少130.31万元，减少5.69%", "2020年", 2020, "22862000",
                List.of("-1303100"), List.of("-5.69")));
    }

    @Test
    void expenditureIncreaseIsPositive() {
        String s = CorpusText.seed000("2021年度市政协办公室支出2222.83万元。与2020年（2221.63万元）相比，增加1.2万元，增长0.05%。");
        Recognition r = assertFigures(s,
                money("2222.83万元", "22228300"),
                money("2221.63万元", "22216300", PREVIOUS_VALUE),
                money("1.2万元", "12000", CHANGE),
                percent("0.05%", "0.05", CHANGE_RATE));
        assertChanges(s, r, change("与2020年（2221.63万元）相比，增加1.2万元，增长0.05%", "2020年", 2020, "22216300",
                List.of("12000"), List.of("0.05")));
    }

    @Test
    void sharesOfIncome() {
        String s = CorpusText.seed000("2021年市政协办公室本年收入合计2155.89万元，其中：财政拨款收入2074.39万元，占96.22%；政府性基金预算财政拨款收入79万元，占3.66%；国有资本经营预算财政拨款收入0万元，占0%；事业收入0万元，占0%；经营收入0万元，占0%；附属单位上缴收入0万元，占0%；其他收入2.5万元，占0.12%。");
        assertFigures(s,
                money("2155.89万元", "21558900"),
                money("2074.39万元", "20743900"), percent("96.22%", "96.22", SHARE),
                money("79万元", "790000"), percent("3.66%", "3.66", SHARE),
                money("0万元", "0"), percent("0%", "0", SHARE),
                money("0万元", "0"), percent("0%", "0", SHARE),
                money("0万元", "0"), percent("0%", "0", SHARE),
                money("0万元", "0"), percent("0%", "0", SHARE),
                money("2.5万元", "25000"), percent("0.12%", "0.12", SHARE));
    }

    @Test
    void amountPrintedInYuanWhereTheReportMeantWanYuan() {
        // the report prints 元 for a 万元 figure; the recognizer reads what is printed, the validator will notice
        String s = CorpusText.seed000("社会保障和就业（类）支出448.65元，占20.93%");
        assertFigures(s, money("448.65元", "448.65"), percent("20.93%", "20.93", SHARE));
    }

    @Test
    void vehicleCostsWithBudgetCompletionAndPreviousFigure() {
        String s = CorpusText.seed000("2.公务用车购置及运行维护费支出49.65万元,完成预算100%。公务用车购置及运行维护费支出决算比2020年（27.68万元）增加21.97万元，增加79.37%。");
        Recognition r = assertFigures(s,
                money("49.65万元", "496500"),
                percent("100%", "100", BUDGET_COMPLETION),
                money("27.68万元", "276800", PREVIOUS_VALUE),
                money("21.97万元", "219700", CHANGE),
                percent("79.37%", "79.37", CHANGE_RATE));
        assertChanges(s, r, change("比2020年（27.68万元）增加21.97万元，增加79.37%", "2020年", 2020, "276800",
                List.of("219700"), List.of("79.37")));
    }

    @Test
    void vehiclesBoughtAndHeld() {
        String s = CorpusText.seed000("其中：公务用车购置支出26.87万元。全年按规定更新购置公务用车1辆，其中：轿车0辆、金额0万元，越野车0辆、金额0万元，其他型小客车1辆、金额26.87万元，主要用于公务应急保障。截至2021年12月底，单位共有公务用车8辆，其中：轿车1辆、越野车5辆、商务车1辆、其他型小客车1辆。");
        assertFigures(s,
                money("26.87万元", "268700"),
                count("1辆", 1), count("0辆", 0), money("0万元", "0"), count("0辆", 0), money("0万元", "0"),
                count("1辆", 1), money("26.87万元", "268700"),
                count("8辆", 8), count("1辆", 1), count("5辆", 5), count("1辆", 1), count("1辆", 1));
    }

    @Test
    void receptionBatchesAndPersonsAndAChangeWithoutRate() {
        String s = CorpusText.seed000("3.公务接待费支出1.14万元，完成预算100%。公务接待费支出决算比2020年（3.76万元）减少2.62万元，原因是2021年接待量较2020年减少。国内公务接待8批次，108人次（不包括陪同人员），共计支出1.14万元，");
        Recognition r = assertFigures(s,
                money("1.14万元", "11400"),
                percent("100%", "100", BUDGET_COMPLETION),
                money("3.76万元", "37600", PREVIOUS_VALUE),
                money("2.62万元", "-26200", CHANGE),
                count("8批次", 8), count("108人次", 108),
                money("1.14万元", "11400"));
        // 较2020年减少 has no figure after it: no second comparison
        assertChanges(s, r, change("比2020年（3.76万元）减少2.62万元", "2020年", 2020, "37600", List.of("-26200"), List.of()));
    }

    @Test
    void operatingCostsDecrease() {
        String s = CorpusText.seed000("2021年，市政协机关运行经费支出298.29万元，比2020年减少0.4万元，减少0.13%。");
        Recognition r = assertFigures(s,
                money("298.29万元", "2982900"),
                money("0.4万元", "-4000", CHANGE),
                percent("0.13%", "-0.13", CHANGE_RATE));
        assertChanges(s, r, change("比2020年减少0.4万元，减少0.13%", "2020年", 2020, null, List.of("-4000"), List.of("-0.13")));
    }

    @Test
    void aDateIsNotACount() {
        String s = CorpusText.seed000("截至2021年12月31日，共有车辆8辆，其中：调研用车2辆，应急保障用车6辆。");
        assertFigures(s, count("8辆", 8), count("2辆", 2), count("6辆", 6));
    }

    @Test
    void projectBudgetAndCompletion() {
        String s = CorpusText.seed000("（1.）政治协商会议经费项目绩效目标完成情况综述。项目全年预算数100万元，执行数为100万元，完成预算的100%。");
        assertFigures(s,
                money("100万元", "1000000", BUDGET),
                money("100万元", "1000000"),
                percent("100%", "100", BUDGET_COMPLETION));
    }

    @Test
    void bareWanInATableCell() {
        String s = CorpusText.seed000("\t\t成本指标\t委员、列席人员食宿费、补助等\t53万\t已完成\t100%\t");
        assertFigures(s, money("53万", "530000"), percent("100%", "100"));
    }

    @Test
    void approximateAmountKeepsTheAboutOutOfTheRaw() {
        String s = CorpusText.seed000("\t\t\t会议费、培训费、办公费等\t约72.36万元\t65.31\t90%\t由于财政财力困难，未完成支付，年底财政收回指标");
        assertFigures(s, money("72.36万元", "723600", STATED, APPROXIMATE), percent("90%", "90"));
    }

    @Test
    void negativeGrowthPrintedWithAMinus() {
        String s = CorpusText.seed000("流动资产20.21万元，较上年增长-75.94%，占资产总额 10.96%；固定资产162.02万元，较上年增长-15.69 %，占资产总额87.88%；无形资产2.14万元，较上年增长-22.46%，占资产总额1.16%。");
        Recognition r = assertFigures(s,
                money("20.21万元", "202100"), percent("-75.94%", "-75.94", CHANGE_RATE), percent("10.96%", "10.96", SHARE),
                money("162.02万元", "1620200"), percent("-15.69 %", "-15.69", CHANGE_RATE), percent("87.88%", "87.88", SHARE),
                money("2.14万元", "21400"), percent("-22.46%", "-22.46", CHANGE_RATE), percent("1.16%", "1.16", SHARE));
        assertChanges(s, r,
                change("较上年增长-75.94%", "上年", null, null, List.of(), List.of("-75.94")),
                change("较上年增长-15.69 %", "上年", null, null, List.of(), List.of("-15.69")),
                change("较上年增长-22.46%", "上年", null, null, List.of(), List.of("-22.46")));
    }

    @Test
    void classificationCodesAreNotFigures() {
        String s = CorpusText.seed000("一般公共服务（类）201（款）02（项）01行政运行：2021年决算数为1012.5万元，完成预算100%");
        assertFigures(s, money("1012.5万元", "10125000"), percent("100%", "100", BUDGET_COMPLETION));
    }

    @Test
    void meetingCountsButNotACountWithItsUnitInParentheses() {
        String s = CorpusText.seed000("2021年，市政协召开党组会议30次、主席会议16次、常委会会议3次，开展各项调研视察18次，组织协商议政活动50次，市委、市政府领导对政协履职成果作出重要批示24（件）次。");
        assertFigures(s, count("30次", 30), count("16次", 16), count("3次", 3), count("18次", 18), count("50次", 50));
    }

    @Test
    void institutionCounts() {
        String s = CorpusText.seed000("2021年末，市政协办公室独立编制机构数和独立核算机构数1个，下属事业单位1个（市政协委员联络服务中心）。");
        assertFigures(s, count("1个", 1), count("1个", 1));
    }

    // ---- seed 001 (攀枝花市人大常委会办公室 2021)

    @Test
    void bothTotalsIncrease() {
        String s = CorpusText.seed001("2021年度收、支总计2149.94万元。与2020年相比，收、支总计各增加4.07万元，增长0.19%。");
        Recognition r = assertFigures(s,
                money("2149.94万元", "21499400"),
                money("4.07万元", "40700", CHANGE),
                percent("0.19%", "0.19", CHANGE_RATE));
        assertChanges(s, r, change("与2020年相比，收、支总计各增加4.07万元，增长0.19%", "2020年", 2020, null,
                List.of("40700"), List.of("0.19")));
    }

    @Test
    void thousandsSeparator() {
        String s = CorpusText.seed001("2021年本年收入合计2149.94万元，其中：一般公共预算财政拨款收入2,099.36万元，占97.65%；其他收入11.09万元，占0.51%；年初结转结余39.49万元，占1.84%。");
        assertFigures(s,
                money("2149.94万元", "21499400"),
                money("2,099.36万元", "20993600"), percent("97.65%", "97.65", SHARE),
                money("11.09万元", "110900"), percent("0.51%", "0.51", SHARE),
                money("39.49万元", "394900"), percent("1.84%", "1.84", SHARE));
    }

    @Test
    void strayAsteriskInAPercentageIsFlagged() {
        String s = CorpusText.seed001("2021年本年支出合计2149.94万元，其中：基本支出1792.45万元，占83.37%；项目支出348.05万元，占16.19*%；年末结转和结余9.44万元，占0.44%。");
        assertFigures(s,
                money("2149.94万元", "21499400"),
                money("1792.45万元", "17924500"), percent("83.37%", "83.37", SHARE),
                money("348.05万元", "3480500"), percent("16.19*%", "16.19", SHARE, STRAY_CHARACTER),
                money("9.44万元", "94400"), percent("0.44%", "0.44", SHARE));
    }

    @Test
    void decreaseWithXiaJiang() {
        String s = CorpusText.seed001("2021年财政拨款收、支总计2111.47万元。与2020年相比，财政拨款收、支总计减少34.4万元，下降1.6%。");
        assertFigures(s,
                money("2111.47万元", "21114700"),
                money("34.4万元", "-344000", CHANGE),
                percent("1.6%", "-1.6", CHANGE_RATE));
    }

    @Test
    void templateAlternativesLeftInAreFlagged() {
        String s = CorpusText.seed001("1. 因公出国（境）经费支出0万元，完成预算0%。全年安排因公出国（境）团组0次，出国（境）0人。因公出国（境）支出决算比2020年增加/减少0万元，增长/下降0%。");
        Recognition r = assertFigures(s,
                money("0万元", "0"),
                percent("0%", "0", BUDGET_COMPLETION),
                count("0次", 0), count("0人", 0),
                money("0万元", "0", CHANGE, AMBIGUOUS_DIRECTION),
                percent("0%", "0", CHANGE_RATE, AMBIGUOUS_DIRECTION));
        assertEquals(1, r.changes().size());
    }

    @Test
    void amountInYuanWithThousandsSeparators() {
        String s = CorpusText.seed001("1．项目主要内容：一般行政管理事务经费共1,705,100.00元，");
        assertFigures(s, money("1,705,100.00元", "1705100.00"));
    }

    @Test
    void budgetFlatIsNotAYearOverYearComparison() {
        String s = CorpusText.seed001("2021年“三公”经费财政拨款支出决算为18.85万元，完成预算100%，决算数与预算数持平。");
        Recognition r = assertFigures(s, money("18.85万元", "188500"), percent("100%", "100", BUDGET_COMPLETION));
        assertTrue(r.changes().isEmpty(), r.changes()::toString);
    }

    @Test
    void receptionsListedInYuan() {
        String s = CorpusText.seed001("国内公务接待8批次，56人次（不包括陪同人员），共计支出1.39万元，具体内容包括：接待凉山州一行1969元；接待省人大法工委一行2342元；");
        assertFigures(s, count("8批次", 8), count("56人次", 56), money("1.39万元", "13900"),
                money("1969元", "1969"), money("2342元", "2342"));
    }

    // ---- seed 002 (攀枝花市人民政府驻成都办事处 2021)

    @Test
    void twoChangesAndTwoRatesInOneComparison() {
        String s = CorpusText.seed002("2021年度收、支总计788.43万元。与2020年相比，收、支总计各减少了60.93万元和60.75万元，分别下降7.17%和7.15%。");
        Recognition r = assertFigures(s,
                money("788.43万元", "7884300"),
                money("60.93万元", "-609300", CHANGE), money("60.75万元", "-607500", CHANGE),
                percent("7.17%", "-7.17", CHANGE_RATE), percent("7.15%", "-7.15", CHANGE_RATE));
        assertChanges(s, r, change("与2020年相比，收、支总计各减少了60.93万元和60.75万元，分别下降7.17%和7.15%", "2020年", 2020,
                null, List.of("-609300", "-607500"), List.of("-7.17", "-7.15")));
    }

    @Test
    void flatComparedWithAYear() {
        String s = CorpusText.seed002("因公出国（境）支出决算与2020年持平，没有发生支出。");
        Recognition r = assertFigures(s);
        assertChanges(s, r, flat("与2020年持平", "2020年", 2020));
    }

    @Test
    void comparedWithLastYear() {
        String s = CorpusText.seed002("2021年度机关运行经费为51.03万元，2020年度机关运行经费为98.23万元，本年较上年减少了47.20万元，下降48.05%。");
        Recognition r = assertFigures(s,
                money("51.03万元", "510300"), money("98.23万元", "982300"),
                money("47.20万元", "-472000", CHANGE), percent("48.05%", "-48.05", CHANGE_RATE));
        assertChanges(s, r, change("较上年减少了47.20万元，下降48.05%", "上年", null, null, List.of("-472000"), List.of("-48.05")));
    }

    @Test
    void distanceInWanIsNotMoney() {
        String s = CorpusText.seed002("一年来，车辆安全行驶18万多公里，无一起安全责任事故发生和公车私驾（用）现象。");
        assertFigures(s);
    }

    @Test
    void moreThanCounts() {
        String s = CorpusText.seed002("完成各项接待任务1500多件次，接待人数（含陪同及相关人员）3600多人，安全行车180000公里。");
        assertFigures(s, count("1500多件次", 1500, LOWER_BOUND), count("3600多人", 3600, LOWER_BOUND));
    }

    @Test
    void budgetCompletionBelowHundred() {
        String s = CorpusText.seed002("2021年“三公”经费财政拨款支出决算为28.71万元，完成预算97.55%，");
        assertFigures(s, money("28.71万元", "287100"), percent("97.55%", "97.55", BUDGET_COMPLETION));
    }

    @Test
    void zeroYuan() {
        String s = CorpusText.seed002("其中：公务用车购置支出0万元。全年按规定更新购置公务用车0辆，其中：轿车0辆、金额0万元，越野车0辆、金额0万元，载客汽车0辆、金额0元。");
        assertFigures(s, money("0万元", "0"), count("0辆", 0), count("0辆", 0), money("0万元", "0"),
                count("0辆", 0), money("0万元", "0"), count("0辆", 0), money("0元", "0"));
    }

    // ---- seed 003 (中共攀枝花市委办公室 2020)

    @Test
    void thousandsSeparatorsInAComparison() {
        String s = CorpusText.seed003("2020年度收、支总计7,467.33万元。与2019年相比，收、支总计增加2,607.44万元，增长53.65%。");
        Recognition r = assertFigures(s,
                money("7,467.33万元", "74673300"),
                money("2,607.44万元", "26074400", CHANGE),
                percent("53.65%", "53.65", CHANGE_RATE));
        assertChanges(s, r, change("与2019年相比，收、支总计增加2,607.44万元，增长53.65%", "2019年", 2019, null,
                List.of("26074400"), List.of("53.65")));
    }

    @Test
    void singleCharacterChangeWord() {
        String s = CorpusText.seed003("公务用车购置及运行维护费支出决算比2019年增加7.34万元，增29.21%。");
        assertFigures(s, money("7.34万元", "73400", CHANGE), percent("29.21%", "29.21", CHANGE_RATE));
    }

    @Test
    void hundredPercentDecrease() {
        String s = CorpusText.seed003("因公出国（境）支出决算比2019年减少3.36万元，下降100%。");
        assertFigures(s, money("3.36万元", "-33600", CHANGE), percent("100%", "-100", CHANGE_RATE));
    }

    @Test
    void activityCountsAndMoreThanFiftyThousand() {
        String s = CorpusText.seed003("全年召开工作会议17次，侨务联谊3次，普法宣传5次，文化交流2次，侨务引智2次，侨务引资2次，侨务调研6次，办公 室整体搬迁改造，涉侨信访办结率100%，参政议政方面提交大会发言、提案共3篇，圆满完成维护侨益、对外宣传、海外联谊、服务中心工作、参政议政、完善基层组织建设、侨之家建设等侨联工作。全年支出经费5万余元。");
        assertFigures(s, count("17次", 17), count("3次", 3), count("5次", 5), count("2次", 2), count("2次", 2),
                count("2次", 2), count("6次", 6), percent("100%", "100"), count("3篇", 3),
                money("5万余元", "50000", STATED, LOWER_BOUND));
    }

    @Test
    void executionProgressIsAPlainPercentage() {
        String s = CorpusText.seed003("（一）评价结论。市委办公室财政拨款项目收入共计7,433.94万元，当年实际支出7,390.99万元，结转42.95万元，执行进度为99.42%。");
        assertFigures(s, money("7,433.94万元", "74339400"), money("7,390.99万元", "73909900"),
                money("42.95万元", "429500"), percent("99.42%", "99.42"));
    }

    @Test
    void budgetExecutionRateIsACompletionRate() {
        String s = CorpusText.seed003("2020年，预算安排全面深化改革“清单制+责任制”信息化平台运行维护费1.78万元，实际执行1.78万元，预算执行率为100%。");
        assertFigures(s, money("1.78万元", "17800"), money("1.78万元", "17800"),
                percent("100%", "100", BUDGET_COMPLETION));
    }

    // ---- seed 004 (攀枝花市西区人民政府办公室 2021)

    @Test
    void yearOnYearRates() {
        String s = CorpusText.seed004("2021年以区政府或区政府办公室名义发文同比精简18%，会议数量同比减少20%。");
        Recognition r = assertFigures(s, percent("18%", "-18", CHANGE_RATE), percent("20%", "-20", CHANGE_RATE));
        assertChanges(s, r,
                change("同比精简18%", "同比", null, null, List.of(), List.of("-18")),
                change("同比减少20%", "同比", null, null, List.of(), List.of("-20")));
    }

    @Test
    void dutyCountsButNotHours() {
        String s = CorpusText.seed004("全力抗“疫”，精准督办防控事项400余项、统筹日调度会300余次。值守防汛抗旱，夯实24小时值守制度，配合开展应急避险演练，全年安排值守411人次，抽查190次。落实森防责任，累计开展森防工作指导23次，发放整改通知书、提醒敦促函20份。");
        assertFigures(s, count("400余项", 400, LOWER_BOUND), count("300余次", 300, LOWER_BOUND),
                count("411人次", 411), count("190次", 190), count("23次", 23), count("20份", 20));
    }

    @Test
    void codesInParenthesesAreNotFigures() {
        String s = CorpusText.seed004("2.社会保障和就业（208）行政事业单位养老支出（05）: 支行政单位离退休（01）出决算为13.1万元，完成预算100%；机关事业单位基本养老保险（05）支出决算为46.68万元，完成预算100%。");
        assertFigures(s, money("13.1万元", "131000"), percent("100%", "100", BUDGET_COMPLETION),
                money("46.68万元", "466800"), percent("100%", "100", BUDGET_COMPLETION));
    }

    @Test
    void flatAfterAFigure() {
        String s = CorpusText.seed004("3.公务接待费支出0.07万元，完成预算100%。公务接待费支出决算与2020年持平。其中：");
        Recognition r = assertFigures(s, money("0.07万元", "700"), percent("100%", "100", BUDGET_COMPLETION));
        assertChanges(s, r, flat("与2020年持平", "2020年", 2020));
    }

    @Test
    void oneBatchTenPersons() {
        String s = CorpusText.seed004("国内公务接待1批次，10人次（不包括陪同人员），共计支出0.07万元。");
        assertFigures(s, count("1批次", 1), count("10人次", 10), money("0.07万元", "700"));
    }

    // ---- 上海市普陀区 2024 PDFs

    @Test
    void shanghaiSpacesAroundNumbersAndYears() {
        String s = CorpusText.shehuigongzuobu("中共上海市普陀区委社会工作部2024年度收入支出总计307.82万元。与 2023 年度相比，收入支出总计增加 307.82 万元，增长100.00%。主要原因：单位于 2024 年成立。");
        Recognition r = assertFigures(s,
                money("307.82万元", "3078200"),
                money("307.82 万元", "3078200", CHANGE),
                percent("100.00%", "100.00", CHANGE_RATE));
        assertChanges(s, r, change("与 2023 年度相比，收入支出总计增加 307.82 万元，增长100.00%", "2023 年度", 2023, null,
                List.of("3078200"), List.of("100.00")));
    }

    @Test
    void shanghaiBudgetsAndCompletion() {
        String s = CorpusText.shehuigongzuobu("一般公共预算财政拨款支出年初预算为 0 万元，全年预算为321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%。");
        assertFigures(s, money("0 万元", "0", BUDGET), money("321.02 万元", "3210200", BUDGET),
                money("307.82 万元", "3078200"), percent("95.89%", "95.89", BUDGET_COMPLETION));
    }

    @Test
    void shanghaiItemBudgetAndCompletion() {
        String s = CorpusText.shehuigongzuobu("全年预算为 52.00 万元，支出决算为 51.32 万元，完成全年预算数的 98.69%。");
        assertFigures(s, money("52.00 万元", "520000", BUDGET), money("51.32 万元", "513200"),
                percent("98.69%", "98.69", BUDGET_COMPLETION));
    }

    @Test
    void shanghaiSharesWithSpaces() {
        String s = CorpusText.shehuigongzuobu("本年支出合计 307.82 万元，其中：基本支出 105.58 万元，占34.30%；项目支出 202.24 万元，占 65.70%。");
        assertFigures(s, money("307.82 万元", "3078200"), money("105.58 万元", "1055800"), percent("34.30%", "34.30", SHARE),
                money("202.24 万元", "2022400"), percent("65.70%", "65.70", SHARE));
    }

    @Test
    void shanghaiEconomicTableRowHasNoFigures() {
        String s = CorpusText.shehuigongzuobu("30310\t个人农业生产补贴\t0.00\t30231\t公务用车运行维护费\t0.00");
        assertFigures(s);
    }

    @Test
    void changeRatePrintedWithoutPercentSign() {
        String s = CorpusText.guihuaziyuan("与 2023 年度相比，一般公共预算财政拨款支出增加1193.20 万元，增长 13.95。");
        Recognition r = assertFigures(s, money("1193.20 万元", "11932000", CHANGE),
                percent("13.95", "13.95", CHANGE_RATE, MISSING_PERCENT_SIGN));
        assertChanges(s, r, change("与 2023 年度相比，一般公共预算财政拨款支出增加1193.20 万元，增长 13.95", "2023 年度", 2023,
                null, List.of("11932000"), List.of("13.95")));
    }

    @Test
    void shanghaiThreePublicBudgetCompletion() {
        String s = CorpusText.guihuaziyuan("“三公”经费财政拨款支出年初预算为 2.85 万元，支出决算为 0.39 万元，完成预算的 13.68%，其中：因公出国（境）费决算为 0.00 万元，完成预算的 0.00%；");
        assertFigures(s, money("2.85 万元", "28500", BUDGET), money("0.39 万元", "3900"),
                percent("13.68%", "13.68", BUDGET_COMPLETION), money("0.00 万元", "0"),
                percent("0.00%", "0.00", BUDGET_COMPLETION));
    }

    @Test
    void shanghaiReceptionWithBareWanAndSpacedCounts() {
        String s = CorpusText.guihuaziyuan("国内公务接待支出 0.39 万（含外宾接待支出 0.00 万元）。主要用于接待上级部门及外省市单位调研学习及考察，列明公务接待 2批次、26 人次，其中：接待外宾 0批次、0人次。");
        assertFigures(s, money("0.39 万", "3900"), money("0.00 万元", "0"), count("2批次", 2), count("26 人次", 26),
                count("0批次", 0), count("0人次", 0));
    }

    @Test
    void flatComparedWithThePreviousYearInWords() {
        String s = CorpusText.guihuaziyuan("其中：因公出国（境）费支出与上一年度持平；公务用车购置及运行维护费支出与上一年度持平；");
        Recognition r = assertFigures(s);
        assertChanges(s, r, flat("与上一年度持平", "上一年度", null), flat("与上一年度持平", "上一年度", null));
    }

    @Test
    void misprintedLastYearStillABase() {
        String s = CorpusText.guihuaziyuan("主要原因：项目支出增加，较上一度增加 1133.95 万元，主要由于上海市普陀区自然资源确权登记事务中心办公大楼装修等。");
        Recognition r = assertFigures(s, money("1133.95 万元", "11339500", CHANGE));
        assertChanges(s, r, change("较上一度增加 1133.95 万元", "上一度", null, null, List.of("11339500"), List.of()));
    }

    @Test
    void comparisonBrokenAcrossLinesIsNotGuessed() {
        // the PDF reader splits 减|少 over two paragraphs; without its base the change is left unsigned
        String s = CorpusText.guihuaziyuan("少 0.15 万元，下降（增长）27.78%，其中：");
        Recognition r = assertFigures(s, money("0.15 万元", "1500"), percent("27.78%", "27.78"));
        assertTrue(r.changes().isEmpty(), r.changes()::toString);
    }

    @Test
    void flatComparedWithAYearAfterTheSubject() {
        String s = CorpusText.caizhengju("上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。");
        Recognition r = assertFigures(s, money("0.3万元", "3000"));
        assertChanges(s, r, flat("与2023年度相比，财政拨款收入支出总计持平", "2023年度", 2023));
    }

    @Test
    void operatingCostsIncrease() {
        String s = CorpusText.caizhengju("机关运行经费支出184.65万元，比2023年度增加2.55万元，增长1.40%。");
        Recognition r = assertFigures(s, money("184.65万元", "1846500"), money("2.55万元", "25500", CHANGE),
                percent("1.40%", "1.40", CHANGE_RATE));
        assertChanges(s, r, change("比2023年度增加2.55万元，增长1.40%", "2023年度", 2023, null, List.of("25500"), List.of("1.40")));
    }

    @Test
    void vehiclesAndEquipmentUnits() {
        String s = CorpusText.caizhengju("截至2024年12月31日，上海市普陀区财政局共有车辆0辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆。单价100万元（含）以上设备（不含车辆）2台（套）。");
        assertFigures(s, count("0辆", 0), count("0辆", 0), count("0辆", 0), count("0辆", 0), count("0辆", 0),
                count("0辆", 0), count("0辆", 0), count("0辆", 0), count("0辆", 0),
                money("100万元", "1000000"), count("2台（套）", 2));
    }

    @Test
    void functionalTableRowWithSpacedCodeHasNoFigures() {
        String s = CorpusText.caizhengju("201\t06\t01\t行政运行\t1,511.89\t1,503.52\t8.37");
        assertFigures(s);
    }

    // ---- units of the facts contract

    @Test
    void unitsAreExactYuan() {
        assertEquals(0, new BigDecimal("120000000").compareTo(only("1.2亿元").value()));
        assertEquals(0, new BigDecimal("12739600").compareTo(only("1273.96万元").value()));
        assertEquals(0, new BigDecimal("0.01").compareTo(only("0.01元").value()));
        // exact to the fen where a double would not be: 0.07万元 is 700.00, 1.1万元 is 11000
        assertEquals("700", only("0.07万元").value().toPlainString());
        assertEquals("11000", only("1.1万元").value().toPlainString());
    }

    @Test
    void offsetsPointIntoTheWholeTextWhenASliceIsRecognized() {
        String text = "前文。2021年一般公共预算支出决算数为2143.75万元，完成预算100%。后文";
        int from = text.indexOf("2021");
        Recognition r = RECOGNIZER.recognize(text, from, text.indexOf("后文"));
        assertEquals(2, r.figures().size());
        assertEquals(text.indexOf("2143.75万元"), r.figures().get(0).start());
        assertEquals("2143.75万元", text.substring(r.figures().get(0).start(), r.figures().get(0).end()));
    }

    // ---- helpers

    private static Figure only(String text) {
        List<Figure> figures = RECOGNIZER.recognize(text).figures();
        assertEquals(1, figures.size(), figures::toString);
        return figures.get(0);
    }

    private record Expected(FigureKind kind, String raw, String value, FigureRole role, Set<FigureFlag> flags) {
    }

    private static Expected money(String raw, String yuan) {
        return money(raw, yuan, STATED);
    }

    private static Expected money(String raw, String yuan, FigureRole role, FigureFlag... flags) {
        return new Expected(FigureKind.MONEY, raw, yuan, role, flags(flags));
    }

    private static Expected percent(String raw, String value) {
        return percent(raw, value, STATED);
    }

    private static Expected percent(String raw, String value, FigureRole role, FigureFlag... flags) {
        return new Expected(FigureKind.PERCENT, raw, value, role, flags(flags));
    }

    private static Expected count(String raw, int value, FigureFlag... flags) {
        return new Expected(FigureKind.COUNT, raw, Integer.toString(value), STATED, flags(flags));
    }

    private static Set<FigureFlag> flags(FigureFlag... flags) {
        return flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags);
    }

    /** Recognizes {@code sentence} and checks that exactly the expected figures come out, in order, at the right place. */
    private static Recognition assertFigures(String sentence, Expected... expected) {
        Recognition r = RECOGNIZER.recognize(sentence);
        List<Figure> got = r.figures();
        assertEquals(expected.length, got.size(), () -> "figures of «" + sentence + "»: " + got);
        int from = 0;
        for (int i = 0; i < expected.length; i++) {
            Expected e = expected[i];
            Figure f = got.get(i);
            int start = sentence.indexOf(e.raw(), from);
            assertTrue(start >= 0, "test error: «" + e.raw() + "» not in the sentence after " + from);
            String where = "figure " + i + " of «" + sentence + "»: " + f;
            assertEquals(e.kind(), f.kind(), where);
            assertEquals(e.raw(), f.raw(), where);
            assertEquals(start, f.start(), where);
            assertEquals(start + e.raw().length(), f.end(), where);
            assertEquals(0, new BigDecimal(e.value()).compareTo(f.value()), where + " value");
            assertEquals(e.role(), f.role(), where);
            assertEquals(e.flags(), f.flags(), where);
            from = f.end();
        }
        return r;
    }

    private static List<String> plain(List<String> numbers) {
        return numbers.stream().map(v -> new BigDecimal(v).stripTrailingZeros().toPlainString()).toList();
    }

    private record ExpectedChange(String raw, String reference, Integer year, String previous, List<String> changes,
                                  List<String> rates, boolean flat) {
    }

    private static ExpectedChange change(String raw, String reference, Integer year, String previous,
                                         List<String> changes, List<String> rates) {
        return new ExpectedChange(raw, reference, year, previous, changes, rates, false);
    }

    private static ExpectedChange flat(String raw, String reference, Integer year) {
        return new ExpectedChange(raw, reference, year, null, List.of(), List.of(), true);
    }

    private static void assertChanges(String sentence, Recognition r, ExpectedChange... expected) {
        assertEquals(expected.length, r.changes().size(), () -> "comparisons of «" + sentence + "»: " + r.changes());
        int from = 0;
        for (int i = 0; i < expected.length; i++) {
            ExpectedChange e = expected[i];
            ChangeStatement c = r.changes().get(i);
            String where = "comparison " + i + ": " + c;
            int start = sentence.indexOf(e.raw(), from);
            assertTrue(start >= 0, "test error: «" + e.raw() + "» not in the sentence");
            assertEquals(e.raw(), c.raw(), where);
            assertEquals(start, c.start(), where);
            assertEquals(start + e.raw().length(), c.end(), where);
            assertEquals(e.reference(), c.reference(), where);
            assertEquals(e.year(), c.previousYear(), where);
            assertEquals(e.flat(), c.flat(), where);
            if (e.previous() == null) {
                assertEquals(null, c.previousValue(), where);
            } else {
                assertEquals(0, new BigDecimal(e.previous()).compareTo(c.previousValue().value()), where);
            }
            assertEquals(plain(e.changes()), plain(c.changes().stream().map(f -> f.value().toPlainString()).toList()), where);
            assertEquals(plain(e.rates()), plain(c.changeRates().stream().map(f -> f.value().toPlainString()).toList()), where);
            // the statement's figures are the recognizer's figures, not copies with other values
            c.changes().forEach(f -> assertTrue(r.figures().contains(f), where));
            c.changeRates().forEach(f -> assertTrue(r.figures().contains(f), where));
            from = c.end();
        }
    }
}
