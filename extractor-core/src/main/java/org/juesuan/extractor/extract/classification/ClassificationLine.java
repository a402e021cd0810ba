package org.juesuan.extractor.extract.classification;

import org.juesuan.extractor.extract.figure.Figure;

/**
 * One 项 of a 具体情况 line: its 7-digit code (null unless {@link #resolution()} found one), what the report
 * printed, and the figures stated for it — {@code amount} (决算数 / 支出决算), {@code budget} (年初预算 / 全年预算)
 * and {@code budgetCompletion} (完成预算…%), each null when not stated. {@code raw} is
 * {@code text.substring(start, end)}; all offsets are into the text given to the resolver.
 */
public record ClassificationLine(String code, Resolution resolution, PrintedClassification printed, Figure amount,
                                 Figure budget, Figure budgetCompletion, String raw, int start, int end) {
}
