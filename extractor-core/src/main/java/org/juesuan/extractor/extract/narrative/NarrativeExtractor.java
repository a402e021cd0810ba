package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.extract.classification.ClassificationEntry;
import org.juesuan.extractor.extract.classification.ClassificationLine;
import org.juesuan.extractor.extract.classification.ClassificationLineResolver;
import org.juesuan.extractor.extract.classification.ClassificationTable;
import org.juesuan.extractor.extract.classification.Resolution;
import org.juesuan.extractor.extract.figure.Clauses;
import org.juesuan.extractor.extract.figure.Figure;
import org.juesuan.extractor.extract.figure.FigureFlag;
import org.juesuan.extractor.extract.figure.FigureKind;
import org.juesuan.extractor.extract.figure.FigureRole;
import org.juesuan.extractor.extract.figure.FigureRecognizer;
import org.juesuan.extractor.extract.figure.ChangeStatement;
import org.juesuan.extractor.extract.figure.Recognition;
import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Section;
import org.juesuan.extractor.segment.SectionKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls the figures the 情况说明 states into facts-contract facts, each with its provenance. Every figure is
 * attached to the concept whose words stand nearest before it in its clause (see {@link ConceptLexicon}), a
 * share (占…%) to the amount before it, and a comparison's previous value, change and rate to the concept the
 * sentence is about; 类 amounts go to their 3-digit code, 项 lines to their 7-digit code
 * ({@link ClassificationLineResolver}; a 项 printed under a name the classification does not know takes the
 * code of its row in the report's own 决算表, see {@link ItemCodesFromTable}), economic items to their 5-digit
 * code. A figure with no concept is left out rather than guessed. Stateless and thread-safe.
 */
public final class NarrativeExtractor {
    /** A change word right before a figure with no comparison of its own (…；公务接待费支出决算减少 0.15 万元，下降 27.78%). */
    private static final Pattern BARE_CHANGE = Pattern.compile("(增加|增长|上升|减少|下降|降低)了?\\s*$");
    private static final Pattern DOWNWARD = Pattern.compile("减少|下降|降低");
    private static final Pattern NAME_START = Pattern.compile(".*[：:；;，,、。]");
    private static final Pattern RECEPTION_CLAUSE = Pattern.compile("(?<!外事)(国内)?公务接待");
    private static final Pattern FLEET_CLAUSE = Pattern.compile("(?:共有|实有|保有量)[^，。；]{0,6}(?:公务用车|车辆|用车)|"
            + "(?:公务用车|车辆|用车)[^，。；]{0,6}(?:保有量|共)");
    private static final Pattern PROJECT_PERFORMANCE = Pattern.compile(
            "(?:^|[。；])\\s*(?:[（(]?\\d+\\s*[.．、]?\\s*[)）]?\\s*)?(?<name>[^。；]{2,60}?)项目绩效目标完成情况综述");
    /** Words that say the figure after them is the amount of what the sentence is about (支出决算为…). */
    private static final Pattern AMOUNT_OF_SUBJECT = Pattern.compile("决算数?为?\\s*$");
    private static final Pattern ALL_OF_ONE_KIND = Pattern.compile("全部(?:为|是)(?:政府采购)?(货物|工程|服务)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年(?![\\d\\s]*月)");

    /** A clause about a rate or share, whose 持平 is a change rate of 0 (增长率与上年持平). */
    private static final Pattern ABOUT_A_RATE = Pattern.compile("率|比重|比例");
    /** A clause that ends in 持平 (with no figure in it). */
    private static final Pattern FLAT_CLAUSE = Pattern.compile("[^。；;\\d]*?(?<flat>持平)");
    private static final AbsentFunds ABSENT_FUNDS = new AbsentFunds();

    private final FigureRecognizer recognizer = new FigureRecognizer();
    private final ClassificationTable table = ClassificationTable.standard();
    private final ClassificationLineResolver resolver = new ClassificationLineResolver(table, recognizer);

    /**
     * The facts of a report's narrative. {@code fiscalYear} (may be null) tells a sentence about the year before
     * (2020年财政预算拨款849.18万元…) from one about the report's own year.
     */
    public List<Fact> extract(String text, List<Block> blocks, List<Section> sections, Integer fiscalYear) {
        return extract(text, blocks, sections, fiscalYear, List.of());
    }

    /** The same, with the report's 决算表 facts, which give the code of a 项 printed under an unknown name. */
    public List<Fact> extract(String text, List<Block> blocks, List<Section> sections, Integer fiscalYear,
                              List<Fact> tableFacts) {
        ReportText report = new ReportText(text, blocks, sections);
        List<Fact> facts = new ArrayList<>();
        List<PendingItem> pending = new ArrayList<>();
        String previousSection = null;
        Subject subject = new Subject();
        List<ReportText.Passage> passages = report.passages();
        for (int i = 0; i < passages.size(); i++) {
            ReportText.Passage passage = passages.get(i);
            if (!passage.section().id().equals(previousSection)) {
                subject = new Subject();
                previousSection = passage.section().id();
            }
            SectionKind kind = SectionKind.of(passage.section().kind());
            if (kind == SectionKind.GPB_EXPENDITURE_DETAIL) {
                int last = lastOfEntry(text, passages, i);
                ReportText.Passage entry = new ReportText.Passage(passage.section(), passage.start(),
                        passages.get(last).end());
                List<ClassificationLine> lines = resolver.resolve(text, entry.start(), entry.end());
                if (!lines.isEmpty() || ClassificationLineResolver.opensClassChain(text, entry.start(), entry.end())) {
                    // an item's figures are the item's, never the total's, even where its amount cannot be read
                    items(report, entry, lines, facts, pending);
                    i = last;
                    continue;
                }
            }
            figures(report, passage, kind, subject, fiscalYear, facts);
        }
        pendingItems(report, pending, new ItemCodesFromTable(tableFacts), facts);
        return facts;
    }

    /**
     * The last passage of the 项 entry that passage {@code first} opens: an entry whose amount is not in its own
     * paragraph goes on through the paragraphs of its section that follow, up to the next entry or list item.
     */
    private int lastOfEntry(String text, List<ReportText.Passage> passages, int first) {
        ReportText.Passage start = passages.get(first);
        int last = first;
        while (last + 1 < passages.size()) {
            ReportText.Passage next = passages.get(last + 1);
            if (next.section() != start.section() || ClassificationLineResolver.opensEntry(text, next.start(), next.end())
                    || !ClassificationLineResolver.lacksAmount(resolver.resolve(text, start.start(), passages.get(last).end()))) {
                break;
            }
            last++;
        }
        return last;
    }

    /** The concept the sentences of a section are about, for figures that do not name theirs (与上年相比，减少…). */
    private static final class Subject {
        String key;
        String code;
        String label;
        Fact lastMoney;
        /** The section said something is 持平 with an earlier year: its later 持平 clauses compare with that year. */
        boolean unchangedSinceAYear;

        void set(String newKey, String newCode, String newLabel) {
            key = newKey;
            code = newCode;
            label = newLabel;
        }
    }

    private void figures(ReportText report, ReportText.Passage passage, SectionKind kind, Subject subject,
                         Integer fiscalYear, List<Fact> facts) {
        String text = report.text();
        List<Concept> concepts = ConceptLexicon.forSection(kind);
        Recognition recognition = recognizer.recognize(text, passage.start(), passage.end());
        Map<Integer, String> sides = sidesOfDoubleComparisons(recognition);
        int previousEnd = passage.start();
        Fact procurementTotal = null;
        String lastCount = null;
        for (Figure figure : recognition.figures()) {
            int clauseStart = Clauses.clauseStart(text, passage.start(), figure.start());
            boolean previousYearSentence = aboutYearBefore(text, passage.start(), figure.start(), fiscalYear);
            String window = text.substring(Math.max(clauseStart, previousEnd), figure.start());
            previousEnd = figure.end();
            if (figure.has(FigureFlag.THRESHOLD)) {
                continue;
            }
            if (figure.kind() == FigureKind.COUNT) {
                lastCount = count(report, passage, kind, figure, window, lastCount, facts);
                continue;
            }
            if (laterClauseOfAComparison(report, passage, kind, concepts, recognition, figure, window, subject, facts)) {
                continue;
            }
            switch (figure.role()) {
                case SHARE -> share(report, passage, subject, figure, facts);
                case BUDGET_COMPLETION, PREVIOUS_VALUE, CHANGE, CHANGE_RATE, BUDGET ->
                        comparison(report, passage, kind, concepts, sides, figure, window, subject, facts);
                case STATED -> {
                    Fact fact = stated(report, passage, kind, concepts, figure, window, previousYearSentence, subject);
                    if (fact != null) {
                        if (fact.key().equals("procurement.total")) {
                            procurementTotal = fact;
                        }
                        facts.add(fact);
                    }
                }
            }
        }
        unchanged(report, passage, kind, recognition, subject, facts);
        for (AbsentFunds.Zero zero : ABSENT_FUNDS.find(kind.name(), text, passage.start(), passage.end())) {
            facts.add(fact(report, passage, zero.key(), null, zero.label(), zero.figure()));
        }
        procurementOfOneKind(report, passage, procurementTotal, facts);
        performance(report, passage, facts);
    }

    /**
     * A later clause of a paragraph that opened with a comparison (比2023年度减少…，其中：…；X减少…): a stated figure
     * right after a bare 增加/减少 is the change of the concept it names (else of the passage's subject), signed.
     * Returns whether the figure was taken so.
     */
    private boolean laterClauseOfAComparison(ReportText report, ReportText.Passage passage, SectionKind kind,
                                             List<Concept> concepts, Recognition recognition, Figure figure,
                                             String window, Subject subject, List<Fact> facts) {
        if (figure.role() != FigureRole.STATED || recognition.changes().isEmpty()
                || recognition.changes().get(0).start() >= figure.start()) {
            return false;
        }
        Matcher verb = BARE_CHANGE.matcher(window);
        if (!verb.find()) {
            return false;
        }
        named(kind, concepts, window).ifPresent(n -> subject.set(n.key, n.code, n.label));
        if (subject.key != null) {
            Figure signed = DOWNWARD.matcher(verb.group(1)).matches() ? figure.withValue(figure.value().negate()) : figure;
            String suffix = figure.kind() == FigureKind.MONEY ? ".change" : ".changeRate";
            facts.add(suffixed(report, passage, subject.key, subject.code, subject.label, suffix, signed));
        }
        return true;
    }

    /** 占96.22%: the share of the money figure stated last. */
    private static void share(ReportText report, ReportText.Passage passage, Subject subject, Figure figure,
                              List<Fact> facts) {
        if (subject.lastMoney != null) {
            facts.add(suffixed(report, passage, subject.lastMoney.key(), subject.lastMoney.code(),
                    subject.lastMoney.label(), ".share", figure));
        }
    }

    /**
     * A budget, its completion, a previous year's value or a change: of the concept the words before it name, else
     * of the passage's subject; the first and second changes of a double comparison of 收、支总计 go to its sides.
     */
    private void comparison(ReportText report, ReportText.Passage passage, SectionKind kind, List<Concept> concepts,
                            Map<Integer, String> sides, Figure figure, String window, Subject subject,
                            List<Fact> facts) {
        named(kind, concepts, window).ifPresent(n -> subject.set(n.key, n.code, n.label));
        if (subject.key != null) {
            String key = "total.incomeExpenditure".equals(subject.key) && sides.containsKey(figure.start())
                    ? sides.get(figure.start()) : subject.key;
            facts.add(suffixed(report, passage, key, subject.code, subject.label, suffix(figure), figure));
        }
    }

    /**
     * A stated amount: the fact of the concept the words before it name (in a sentence about the year before, its
     * {@code .previousYear}), or of the passage's subject after 决算数为; null for anything else. A current-year
     * amount becomes the subject that later shares and changes refer to.
     */
    private Fact stated(ReportText report, ReportText.Passage passage, SectionKind kind, List<Concept> concepts,
                        Figure figure, String window, boolean previousYearSentence, Subject subject) {
        if (figure.kind() != FigureKind.MONEY) {
            return null;
        }
        Optional<Named> named = previousYearSentence
                ? nearest(ConceptLexicon.previousYear(), window).or(() -> named(kind, concepts, window))
                : named(kind, concepts, window);
        if (named.isEmpty() && subject.key != null && AMOUNT_OF_SUBJECT.matcher(window).find()) {
            named = Optional.of(new Named(subject.key, subject.code, subject.label));
        }
        if (named.isEmpty()) {
            return null;
        }
        String key = named.get().key + (previousYearSentence ? ".previousYear" : "");
        Fact fact = fact(report, passage, key, named.get().code, named.get().label, figure);
        if (!previousYearSentence) {
            subject.set(named.get().key, named.get().code, named.get().label);
            subject.lastMoney = fact;
        }
        return fact;
    }

    /** 政府采购支出总额19.04万元，全部为政府采购货物支出: the part is the total, read from the same figure. */
    private static void procurementOfOneKind(ReportText report, ReportText.Passage passage, Fact procurementTotal,
                                             List<Fact> facts) {
        Matcher allOfOneKind = ALL_OF_ONE_KIND.matcher(report.text().substring(passage.start(), passage.end()));
        if (procurementTotal == null || !allOfOneKind.find()) {
            return;
        }
        String part = switch (allOfOneKind.group(1)) {
            case "货物" -> "procurement.goods";
            case "工程" -> "procurement.works";
            default -> "procurement.services";
        };
        facts.add(new Fact(part, null, "政府采购" + allOfOneKind.group(1) + "支出", procurementTotal.value(),
                procurementTotal.unit(), procurementTotal.raw(), procurementTotal.source(), procurementTotal.provenance()));
    }

    /**
     * 与2023年度相比，财政拨款收入支出总计持平 / 因公出国（境）费支出与上一年度持平: a change of 0 (a change rate of 0
     * where the clause is about a rate) for the concept the clause names, else for the one the passage is about;
     * raw is the comparison's words. A later 持平 clause of the same section without a year of its own (…与2023年度
     * 持平。其中：因公出国（境）费支出决算持平) compares with the same year. 决算数与预算数持平 compares with no earlier
     * year and gives nothing.
     */
    private void unchanged(ReportText report, ReportText.Passage passage, SectionKind kind, Recognition recognition,
                           Subject subject, List<Fact> facts) {
        String text = report.text();
        List<ChangeStatement> flat = recognition.changes().stream().filter(ChangeStatement::flat).toList();
        for (ChangeStatement change : flat) {
            unchanged(report, passage, kind, change.raw(), change.start(), change.end(), subject, facts);
        }
        if (flat.isEmpty() && !subject.unchangedSinceAYear) {
            return;
        }
        subject.unchangedSinceAYear = true;
        Matcher more = FLAT_CLAUSE.matcher(text).region(flat.isEmpty() ? passage.start() : flat.get(0).end(), passage.end());
        while (more.find()) {
            int at = more.start("flat");
            boolean compared = recognition.changes().stream().anyMatch(c -> c.start() <= at && at < c.end());
            if (!compared && !more.group().contains("预算")) {
                unchanged(report, passage, kind, more.group("flat"), at, more.end("flat"), null, facts);
            }
        }
    }

    private void unchanged(ReportText report, ReportText.Passage passage, SectionKind kind, String raw, int start, int end,
                           Subject subject, List<Fact> facts) {
        String text = report.text();
        String clause = text.substring(Clauses.clauseStart(text, passage.start(), start), end);
        Optional<Named> named = named(kind, ConceptLexicon.forSection(kind), clause);
        if (named.isEmpty() && subject != null && subject.key != null) {
            named = Optional.of(new Named(subject.key, subject.code, subject.label));
        }
        if (named.isEmpty()) {
            return;
        }
        boolean rate = ABOUT_A_RATE.matcher(clause).find();
        Figure zero = new Figure(rate ? FigureKind.PERCENT : FigureKind.MONEY, BigDecimal.ZERO, raw, start, end,
                rate ? FigureRole.CHANGE_RATE : FigureRole.CHANGE, Set.of());
        facts.add(suffixed(report, passage, named.get().key, named.get().code, named.get().label,
                rate ? ".changeRate" : ".change", zero));
    }

    /**
     * 收、支总计各减少了60.93万元和60.75万元，分别下降7.17%和7.15%: the first change of a double comparison of the
     * one total is the income side's, the second the expenditure side's.
     */
    private static Map<Integer, String> sidesOfDoubleComparisons(Recognition recognition) {
        Map<Integer, String> sides = new HashMap<>();
        for (ChangeStatement change : recognition.changes()) {
            for (List<Figure> pair : List.of(change.changes(), change.changeRates())) {
                if (pair.size() == 2) {
                    sides.put(pair.get(0).start(), "total.income");
                    sides.put(pair.get(1).start(), "total.expenditure");
                }
            }
        }
        return sides;
    }

    /**
     * Whether the figure at {@code at} is about the year before the report's: the last year its sentence names
     * before it is that year (2020年财政预算拨款849.18万元… in a 2021 report; not 2021年财政预算拨款788.43万元).
     */
    private static boolean aboutYearBefore(String text, int from, int at, Integer fiscalYear) {
        if (fiscalYear == null) {
            return false;
        }
        int sentenceStart = from;
        for (int i = at - 1; i >= from; i--) {
            if (text.charAt(i) == '。') {
                sentenceStart = i + 1;
                break;
            }
        }
        Matcher year = YEAR.matcher(text.substring(sentenceStart, at));
        Integer last = null;
        while (year.find()) {
            last = Integer.parseInt(year.group(1));
        }
        return last != null && last == fiscalYear - 1;
    }

    private record Named(String key, String code, String label) {
    }

    /** What the words before a figure name: a 类 in the structure section, an economic item, or a concept. */
    private Optional<Named> named(SectionKind kind, List<Concept> concepts, String window) {
        String tail = NAME_START.matcher(window).replaceFirst("");
        if (kind == SectionKind.GPB_EXPENDITURE_STRUCTURE && !tail.isBlank()) {
            Optional<ClassificationEntry> type = table.findClass(tail);
            if (type.isPresent()) {
                return Optional.of(new Named("gpb.class", type.get().code(), type.get().name()));
            }
        }
        Optional<Named> concept = nearest(concepts, window);
        if (concept.isPresent()) {
            return concept;
        }
        if (kind == SectionKind.GPB_BASIC_EXPENDITURE && !tail.isBlank()) {
            return table.findEconomic(tail).map(e -> new Named("gpb.basic.econ", e.code(), e.name()));
        }
        return Optional.empty();
    }

    private static Optional<Named> nearest(List<Concept> concepts, String window) {
        return ConceptLexicon.nearest(concepts, window).map(c -> new Named(c.key(), null, c.label()));
    }

    /**
     * A count the contract has a key for: 国内公务接待8批次，56人次 (the 人次 right after the 批次), 共有公务用车8辆 /
     * 实有车辆为6辆 / 公务用车保有量为0辆 — never a 其中 part or 外事/外宾 reception. Returns the key given, if any.
     */
    private static String count(ReportText report, ReportText.Passage passage, SectionKind kind, Figure figure, String window,
                                String lastCount, List<Fact> facts) {
        String key = null;
        boolean fleet = figure.raw().endsWith("辆") && FLEET_CLAUSE.matcher(window).find() && !window.contains("其中");
        if (kind == SectionKind.THREE_PUBLIC) {
            boolean reception = RECEPTION_CLAUSE.matcher(window).find() && !window.contains("外事") && !window.contains("外宾");
            if (figure.raw().endsWith("批次") && reception) {
                key = "threePublic.receptionBatches";
            } else if (figure.raw().endsWith("人次") && (reception
                    || ("threePublic.receptionBatches".equals(lastCount) && window.strip().matches("[，、,]?")))) {
                key = "threePublic.receptionPersons";
            } else if (fleet) {
                key = "threePublic.vehicleFleet";
            }
        } else if (kind == SectionKind.STATE_ASSETS && fleet) {
            key = "assets.vehicles";
        }
        if (key != null) {
            facts.add(fact(report, passage, key, null, null, figure));
        }
        return key;
    }

    /** A 项 line whose code comes from its words or from nowhere yet: the report's table may give (or overrule) it. */
    private record PendingItem(ReportText.Passage passage, ClassificationLine line) {
    }

    private void items(ReportText report, ReportText.Passage passage, List<ClassificationLine> lines, List<Fact> facts,
                       List<PendingItem> pending) {
        for (ClassificationLine line : lines) {
            if (line.amount() == null) {
                continue;
            }
            if (line.code() == null || line.resolution() == Resolution.ITEM_WORDS) {
                pending.add(new PendingItem(passage, line));
                continue;
            }
            itemFacts(report, passage, line, line.code(), facts);
        }
    }

    /**
     * The 项 lines printed under a name the classification does not know: the code their 款's row has in the
     * report's table where exactly one unclaimed row has their amount (the table wins), else the code their words
     * matched, else none.
     */
    private void pendingItems(ReportText report, List<PendingItem> pending, ItemCodesFromTable tableCodes,
                              List<Fact> facts) {
        Set<String> claimed = new HashSet<>();
        facts.stream().filter(f -> f.key().equals("gpb.item")).forEach(f -> claimed.add(f.code()));
        pending.stream().filter(p -> p.line().code() != null).forEach(p -> claimed.add(p.line().code()));
        for (PendingItem item : pending) {
            ClassificationLine line = item.line();
            Set<String> others = new HashSet<>(claimed);
            others.remove(line.code());
            Optional<String> fromTable = resolver.section(line.printed())
                    .flatMap(section -> tableCodes.code(section.code(), line.amount().value(), others));
            String code = fromTable.orElse(line.code());
            if (code != null) {
                itemFacts(report, item.passage(), line, code, facts);
                claimed.add(code);
            }
        }
    }

    private void itemFacts(ReportText report, ReportText.Passage passage, ClassificationLine line, String code,
                           List<Fact> facts) {
        String label = label(code);
        facts.add(fact(report, passage, "gpb.item", code, label, line.amount()));
        if (line.budget() != null) {
            facts.add(fact(report, passage, "gpb.item.budget", code, label, line.budget()));
        }
        if (line.budgetCompletion() != null) {
            facts.add(fact(report, passage, "gpb.item.budgetCompletion", code, label, line.budgetCompletion()));
        }
    }

    /** 项目全年预算数…万元，执行数为…万元，完成预算的…% after a project's name (Sichuan 项目绩效 summaries). */
    private void performance(ReportText report, ReportText.Passage passage, List<Fact> facts) {
        String text = report.text();
        String paragraph = text.substring(passage.start(), passage.end());
        Matcher name = PROJECT_PERFORMANCE.matcher(paragraph);
        if (!name.find()) {
            return;
        }
        String project = name.group("name").strip();
        int from = passage.start() + name.end();
        int to = Clauses.afterSentences(text, from, passage.end(), 3);
        for (Figure figure : recognizer.recognize(text, from, to).figures()) {
            String key = switch (figure.role()) {
                case BUDGET -> "performance.project.budget";
                case BUDGET_COMPLETION -> "performance.project.rate";
                default -> figure.kind() == FigureKind.MONEY ? "performance.project.executed" : null;
            };
            if (key != null) {
                facts.add(fact(report, passage, key, project, project, figure));
            }
        }
    }

    private String label(String code) {
        List<ClassificationEntry> chain = table.parentChain(code);
        return chain.stream().map(ClassificationEntry::name).reduce((a, b) -> a + "/" + b).orElse(code);
    }

    private static String suffix(Figure figure) {
        return switch (figure.role()) {
            case SHARE -> ".share";
            case BUDGET -> ".budget";
            case BUDGET_COMPLETION -> ".budgetCompletion";
            case PREVIOUS_VALUE -> ".previousYear";
            case CHANGE -> ".change";
            case CHANGE_RATE -> ".changeRate";
            case STATED -> "";
        };
    }

    private static Fact suffixed(ReportText report, ReportText.Passage passage, String key, String code, String label,
                                 String suffix, Figure figure) {
        return fact(report, passage, key + suffix, code, label, figure);
    }

    private static Fact fact(ReportText report, ReportText.Passage passage, String key, String code, String label,
                             Figure figure) {
        return new Fact(key, code, label, figure.value(), figure.unit(), figure.raw(), "narrative",
                report.provenance(passage.section(), figure.start(), figure.end()));
    }
}
