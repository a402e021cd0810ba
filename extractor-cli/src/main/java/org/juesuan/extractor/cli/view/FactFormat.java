package org.juesuan.extractor.cli.view;

import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Provenance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How a fact reads on the page: its kind for the colour, its value in yuan and 万元, and where it comes from. */
final class FactFormat {
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private FactFormat() {
    }

    /** The kind the page colours by: money, percent, count, or text (report identity: department, year, kind). */
    static String kind(Fact fact) {
        if (fact.unit() == null) {
            return "text";
        }
        return switch (fact.unit()) {
            case "yuan" -> "money";
            case "percent" -> "percent";
            case "count" -> "count";
            default -> "text";
        };
    }

    /** The value as people read it: {@code 12,739,600 元（1,273.96 万元）}, {@code 96.22%}, {@code 3}, or the text. */
    static String value(Fact fact) {
        Object value = fact.value();
        if (value == null) {
            return "";
        }
        BigDecimal number = decimal(value);
        if (number == null) {
            return value.toString();
        }
        return switch (kind(fact)) {
            case "money" -> grouped(number) + " 元（" + grouped(number.divide(TEN_THOUSAND)) + " 万元）";
            case "percent" -> number.toPlainString() + "%";
            case "count" -> number.toPlainString();
            default -> number.toPlainString();
        };
    }

    /** The source in words: 情况说明 §2.5.3 第7页, or 决算表 §2.5 第15页 表5 第3行 第5列 (1-based for people). */
    static String source(Fact fact) {
        Provenance p = fact.provenance();
        StringBuilder out = new StringBuilder("table".equals(fact.source()) ? "决算表" : "情况说明");
        if (p == null) {
            return out.toString();
        }
        if (p.section() != null) {
            out.append(" §").append(p.section());
        }
        if (p.page() != null) {
            out.append(" 第").append(p.page()).append("页");
        }
        if (p.cell() != null) {
            out.append(" 表").append(p.cell().table() + 1).append(" 第").append(p.cell().row() + 1)
                    .append("行 第").append(p.cell().column() + 1).append("列");
        }
        return out.toString();
    }

    /** One line per part, for the hover title of a marked figure. */
    static String title(Fact fact) {
        StringBuilder out = new StringBuilder(fact.key());
        if (fact.code() != null) {
            out.append(' ').append(fact.code());
        }
        if (fact.label() != null) {
            out.append(' ').append(fact.label());
        }
        out.append('\n').append(value(fact)).append('\n').append(source(fact));
        return out.toString();
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }

    private static String grouped(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        int scale = Math.max(0, plain.scale());
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(plain);
    }
}
