package org.juesuan.extractor.segment;

import org.juesuan.extractor.read.PageNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The report's title among the lines above its body, where a web page or a PDF also prints publication
 * furniture: {@code 来源：… 发布时间：…}, {@code 索引号}, {@code 保密审查情况：已审查}, a table of page metadata, dates,
 * page markers ({@code —1—}). Furniture is passed over; a title wrapped over a few short lines
 * ({@code 中共某某市委宣传部} / {@code 2021 年度部门决算}) is joined again, page markers between its lines skipped.
 */
final class CoverTitle {
    /** The labels of a government site's page metadata, also when printed without a colon. */
    private static final Pattern FURNITURE = Pattern.compile("^(?:信息来源|文章来源|来源|发布时间|发布日期|发布机构|"
            + "公开日期|成文日期|生成日期|印发日期|监督索引号|索引号|发文字号|发文机关|文号|主题分类|体裁分类|主题词|"
            + "公开方式|公开范围|公开时限|公开形式|有效性|浏览次数|访问次数|阅读次数|点击数|作者|责任编辑|编辑|"
            + "保密审查情况|(?:部门)?(?:主要)?负责人审签情况|审签情况|字体|字号|打印|关闭|分享)");
    /** What no title line holds: sentence or label punctuation, a path, a date; nor is a label (附件1) one. */
    private static final Pattern NOT_TITLE = Pattern.compile(
            "[。，,；;：:|｜>＞【】/\\\\]|\\d{1,2}月\\d{1,2}日|(?:19|20)\\d{2}[-.]\\d{1,2}|^附[件表]\\d{0,2}$");
    private static final int MAX_LINE = 40;
    /** Lines above the one naming year and kind that may belong to the title. */
    private static final int MAX_LINES_ABOVE = 3;
    /** A name that says where it is; one that does not ({@code 资源局}) may be the tail of a name cut over lines. */
    private static final Pattern PLACED = Pattern.compile("省|市|区|县|州|旗|盟|自治|中共|中国|全国|国家");

    private CoverTitle() {
    }

    /**
     * The readings of the first title in {@code front}: the line naming year and kind alone, then joined with the
     * three, two, one title lines above it — a name on the line itself is taken before one spread over lines
     * above, and then the whole wrapped title before a part of it ({@code 中共上海市普陀区委} / {@code 社会工作部
     * 2024 年度} / {@code 部门决算}). Words are compact ({@link HeadingWords#compact}); empty when no line names a
     * year and a kind.
     */
    static List<ReportTitle> readings(String front) {
        List<String> block = new ArrayList<>();
        for (String line : front.split("\n")) {
            String words = HeadingWords.compact(line);
            if (words.isEmpty() || PageNumber.matches(words)) {
                continue;
            }
            if (!titleLine(line, words)) {
                block.clear();
                continue;
            }
            block.add(words);
            List<ReportTitle> readings = new ArrayList<>();
            for (int k = Math.min(block.size(), MAX_LINES_ABOVE + 1); k >= 2; k--) {
                ReportTitle.parse(String.join("", block.subList(block.size() - k, block.size()))).ifPresent(readings::add);
            }
            // the line alone first, unless its name is a tail that does not say where it is and lines above go with it
            ReportTitle.parse(words).ifPresent(alone -> readings.add(
                    readings.isEmpty() || alone.names().stream().anyMatch(n -> PLACED.matcher(n).find()) ? 0
                            : readings.size(), alone));
            if (!readings.isEmpty()) {
                return readings;
            }
        }
        return List.of();
    }

    private static boolean titleLine(String line, String words) {
        return line.indexOf('\t') < 0 && words.length() <= MAX_LINE && !FURNITURE.matcher(words).find()
                && !NOT_TITLE.matcher(words).find();
    }
}
