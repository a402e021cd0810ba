package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.extract.figure.Figure;
import org.juesuan.extractor.extract.figure.FigureKind;
import org.juesuan.extractor.extract.figure.FigureRole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 本年度无政府性基金预算财政拨款收入和支出 / 2024 年度无国有资本经营预算财政拨款收入和支出: the contract's zero
 * facts for an appropriation kind the department did not have — its income and/or expenditure, as the words
 * say, each worth 0 with the words as raw. Read only in the 情况说明 section of that kind (a table's note 本表无数据
 * is about the table). A line break inside the words (a wrapped line) is allowed.
 */
final class AbsentFunds {
    /** One appropriation kind: the section it is explained in, its printed name and its two keys. */
    private record Fund(String section, String name, String incomeKey, String expenditureKey, Pattern none) {
        Fund(String section, String name, String incomeKey, String expenditureKey) {
            this(section, name, incomeKey, expenditureKey, Pattern.compile("(?:无|没有)" + spaced(name)
                    + "预\\s*算\\s*(?:财\\s*政\\s*)?拨\\s*款\\s*(?<income>收\\s*入)?\\s*(?:和|及|、|与)?\\s*(?<expenditure>支\\s*出)?"));
        }
    }

    private static final List<Fund> FUNDS = List.of(
            new Fund("GOV_FUND", "政府性基金", "income.govFundAppropriation", "govFund.expenditure"),
            new Fund("STATE_CAPITAL", "国有资本经营", "income.stateCapitalAppropriation", "stateCapital.expenditure"));

    record Zero(String key, String label, Figure figure) {
    }

    List<Zero> find(String sectionKind, String text, int from, int to) {
        List<Zero> zeros = new ArrayList<>();
        for (Fund fund : FUNDS) {
            if (!fund.section().equals(sectionKind)) {
                continue;
            }
            Matcher m = fund.none().matcher(text).region(from, to);
            while (m.find()) {
                if (m.group("income") != null) {
                    zeros.add(zero(fund.incomeKey(), fund.name() + "预算财政拨款收入", m));
                }
                if (m.group("expenditure") != null) {
                    zeros.add(zero(fund.expenditureKey(), fund.name() + "预算财政拨款支出", m));
                }
            }
        }
        return zeros;
    }

    private static Zero zero(String key, String label, Matcher m) {
        return new Zero(key, label, new Figure(FigureKind.MONEY, BigDecimal.ZERO, m.group(), m.start(), m.end(),
                FigureRole.STATED, Set.of()));
    }

    /** The words with any whitespace allowed between their characters. */
    private static String spaced(String words) {
        return String.join("\\s*", words.split(""));
    }
}
