package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.model.Section;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Department, fiscal year, kind and unit marker of a report, and whether it is a blank template. Read from the
 * title ({@link CoverTitle}: {@code 中共上海市普陀区委社会工作部 2024 年度部门决算}, {@code 2022年度某某市人民医院单位决算},
 * {@code 某某区交通局（本级）2023 年度决算公开说明}, {@code 某某市财政局2023年度部门预算}), the part headings
 * ({@code 第一部分 上海市普陀区财政局概况}, {@code 第二部分 2021年度部门决算情况说明}), the titles of attached
 * evaluation reports ({@code 2021年攀枝花市人大常委会办公室部门整体绩效评价报告}), the 预算单位 named in
 * project tables, and only at last the file name.
 */
final class ReportIdentity {
    private static final Pattern YEAR_KIND = Pattern.compile("((?:19|20)\\d{2})年度?(部门|单位)决算");
    /** The kind ending a title: nothing but 公开/报告 and then no more words (or a 目录) after it. */
    private static final Pattern TITLE_KIND = Pattern.compile(
            "(?:19|20)\\d{2}年度?(?:部门|单位)?(?:决算|预算)(?:公开|报告)?(?=目录|$|[^\\p{IsHan}])");
    private static final Pattern COVER = Pattern.compile("(.{2,40}?)((?:19|20)\\d{2})年度?(部门|单位)决算");
    private static final Pattern PART_NUMBER = Pattern.compile("^第[一二三四五六七八九十\\d]{1,3}部分[：、]?");
    private static final Pattern OVERVIEW_OF = Pattern.compile("(.{2,40})概况");
    /** On the title as printed: in compact form "附件 2021年…" would lose the "20" of its year. */
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附件\\s*\\d{0,2}\\s*(?:[：:]\\s*|\\s+)");
    private static final Pattern EVALUATION_WITH_YEAR =
            Pattern.compile("(.*?)((?:19|20)\\d{2})年度?(.*?)(部门|单位)?(预算)?整体(支出)?绩效(评价|自评)");
    private static final Pattern EVALUATION = Pattern.compile("(.+?)(部门|单位)?(预算)?整体(支出)?绩效(评价|自评)");
    private static final Pattern BUDGET_UNIT = Pattern.compile("预算单位[\\t\\n ]+([^\\s（(：:]{4,30})");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern ORGANIZATION = Pattern.compile(
            ".{2,38}(办公室|办事处|委员会|局|部|委|会|厅|院|所|中心|处|站|队|馆|社|署|办|政府|机关|学校|医院|公司|集团|党校)");
    /** Parts whose heading may repeat the report's title (第二部分 某某局2021年度部门决算情况说明). */
    private static final Set<String> TITLED_PARTS = Set.of(SectionKind.OVERVIEW.name(), SectionKind.STATEMENTS.name(),
            SectionKind.EXPLANATION.name(), SectionKind.OTHER.name());
    private static final Pattern REGION = Pattern.compile(".{1,20}(自治区|自治州|自治县|省|市|区|县|州|旗|盟)");
    /** How much of a text without sections may hold its title (publication furniture can take many lines). */
    private static final int FRONT_WITHOUT_SECTIONS = 2000;
    private static final Pattern PLACEHOLDER = Pattern.compile("[XＸ]{2,}");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    /** A blank template prints its placeholders dozens of times; a real report not once. */
    private static final int TEMPLATE_PLACEHOLDERS = 10;

    private ReportIdentity() {
    }

    static ReportInfo identify(String text, List<Section> sections, Optional<TableOfContents> toc, String fileName) {
        String frontLines = frontMatter(text, sections, toc);
        String front = HeadingWords.compact(frontLines);
        List<String> partTitles = sections.stream().map(s -> PART_NUMBER.matcher(HeadingWords.compact(s.title()))
                .replaceFirst("")).toList();
        List<String> attachmentTitles = sections.stream().filter(s -> s.kind().equals(SectionKind.ATTACHMENTS.name()))
                .flatMap(s -> s.children().stream())
                .map(s -> HeadingWords.compact(ATTACHMENT_LABEL.matcher(s.title()).replaceFirst("")))
                .toList();
        boolean template = PLACEHOLDER.matcher(text).results().count() >= TEMPLATE_PLACEHOLDERS;

        List<ReportTitle> titles = new ArrayList<>(CoverTitle.readings(frontLines));
        sections.stream().filter(s -> TITLED_PARTS.contains(s.kind()))
                .map(s -> ReportTitle.parse(PART_NUMBER.matcher(HeadingWords.compact(s.title())).replaceFirst("")))
                .flatMap(Optional::stream).forEach(titles::add);
        // year and kind from the first title read (the cover's), the name from the first that has one
        Optional<ReportTitle> title = titles.stream().findFirst();
        Optional<ReportTitle> named = titles.stream().filter(t -> name(t).isPresent()).findFirst();
        String scope = Stream.concat(title.stream(), named.stream()).map(ReportTitle::scope).filter(Objects::nonNull)
                .findFirst().orElse(null);

        // in a text without the structure of a report, the front matter names the kind only as a title (a news page
        // headlined …2024年度部门决算公开工作部署会 is no 决算), and the body not at all
        boolean structured = sections.stream().anyMatch(s -> !s.kind().equals(SectionKind.OTHER.name()));
        List<String> titled = new ArrayList<>();
        if (structured || TITLE_KIND.matcher(front).find()) {
            titled.add(front);
        }
        titled.addAll(partTitles);
        Optional<Matcher> yearKind = first(titled, YEAR_KIND)
                .or(() -> structured ? first(List.of(text), YEAR_KIND) : Optional.empty());
        Integer year = title.map(ReportTitle::year)
                .or(() -> yearKind.map(m -> Integer.valueOf(m.group(1))))
                .or(() -> first(attachmentTitles, YEAR).map(m -> Integer.valueOf(m.group(1))))
                .or(() -> first(Collections.singletonList(fileName), YEAR).map(m -> Integer.valueOf(m.group(1))))
                .orElse(null);
        String kind = title.map(ReportTitle::kind)
                .or(() -> yearKind.map(m -> m.group(2) + "决算"))
                .orElseGet(() -> kindFromOverview(partTitles));
        String department = template ? null
                : named.flatMap(ReportIdentity::name)
                .orElseGet(() -> department(partTitles, attachmentTitles, text, fileName));
        return new ReportInfo(department, year, kind, template, scope);
    }

    /** The organization a title names, or for a whole government's 决算草案 its region. */
    private static Optional<String> name(ReportTitle title) {
        return title.names().stream()
                .map(n -> organization(Optional.of(n)).or(() -> title.ofGovernment() ? region(n) : Optional.empty()))
                .flatMap(Optional::stream).findFirst();
    }

    private static String frontMatter(String text, List<Section> sections, Optional<TableOfContents> toc) {
        int end = sections.isEmpty() ? Math.min(text.length(), FRONT_WITHOUT_SECTIONS) : sections.get(0).start();
        if (toc.isPresent() && toc.get().start() < end) {
            return text.substring(0, toc.get().start()) + text.substring(Math.min(toc.get().end(), end), end);
        }
        return text.substring(0, end);
    }

    private static String department(List<String> partTitles, List<String> attachmentTitles,
                                     String text, String fileName) {
        List<Supplier<Optional<String>>> sources = List.of(
                () -> partTitles.stream().map(t -> organization(matched(t, COVER, 1))
                        .or(() -> organization(matched(t, OVERVIEW_OF, 1)))).flatMap(Optional::stream).findFirst(),
                () -> attachmentTitles.stream().map(ReportIdentity::evaluated).flatMap(Optional::stream).findFirst(),
                () -> mostFrequentBudgetUnit(text),
                () -> fromFileName(fileName));
        return sources.stream().map(Supplier::get).flatMap(Optional::stream).findFirst().orElse(null);
    }

    static Optional<String> evaluated(String title) {
        Matcher withYear = EVALUATION_WITH_YEAR.matcher(title);
        if (withYear.find()) {
            return organization(Optional.of(withYear.group(1))).or(() -> organization(Optional.of(withYear.group(3))));
        }
        return organization(matched(title, EVALUATION, 1));
    }

    private static Optional<String> mostFrequentBudgetUnit(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        BUDGET_UNIT.matcher(text).results().map(m -> m.group(1))
                .forEach(unit -> counts.merge(unit, 1, Integer::sum));
        creditCutNames(counts);
        return counts.entrySet().stream().filter(e -> organization(Optional.of(e.getKey())).isPresent())
                .max(Comparator.comparingInt(Map.Entry::getValue)).map(Map.Entry::getKey);
    }

    /**
     * A name whose cell wrapped ({@code 中共攀枝花市委办} / {@code 公室}) is read only up to the line's end; such a
     * prefix of another name counts as that name (the longest one that extends it).
     */
    private static void creditCutNames(Map<String, Integer> counts) {
        List<String> names = new ArrayList<>(counts.keySet());
        for (String cut : names) {
            names.stream().filter(n -> n.length() > cut.length() && n.startsWith(cut))
                    .max(Comparator.comparingInt(String::length))
                    .ifPresent(whole -> counts.merge(whole, counts.remove(cut), Integer::sum));
        }
    }

    private static Optional<String> fromFileName(String fileName) {
        if (fileName == null || !CJK.matcher(fileName).find()) {
            return Optional.empty();
        }
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        Matcher cover = COVER.matcher(HeadingWords.compact(stem));
        return organization(Optional.of(cover.find() ? cover.group(1) : HeadingWords.compact(stem)));
    }

    private static String kindFromOverview(List<String> partTitles) {
        for (String title : partTitles) {
            if (title.endsWith("单位概况")) {
                return "单位决算";
            }
            if (title.endsWith("部门概况")) {
                return "部门决算";
            }
        }
        return null;
    }

    private static Optional<String> organization(Optional<String> name) {
        return name.map(String::strip)
                .filter(n -> ORGANIZATION.matcher(n).matches())
                .filter(n -> !n.startsWith("部门") && !n.startsWith("单位") && !n.startsWith("本"))
                .filter(n -> !PLACEHOLDER.matcher(n).find());
    }

    private static Optional<String> region(String name) {
        return Optional.of(name).filter(n -> REGION.matcher(n).matches()).filter(n -> !PLACEHOLDER.matcher(n).find());
    }

    private static Optional<String> matched(String text, Pattern pattern, int group) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.ofNullable(m.group(group)) : Optional.empty();
    }

    private static Optional<Matcher> first(List<String> texts, Pattern pattern) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
