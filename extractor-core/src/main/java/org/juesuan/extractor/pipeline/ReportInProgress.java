package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.extract.table.StatementTables;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.SourceInfo;
import org.juesuan.extractor.normalize.NormalizedDocument;
import org.juesuan.extractor.read.DocumentFormat;
import org.juesuan.extractor.read.RawDocument;
import org.juesuan.extractor.segment.Segmentation;
import org.juesuan.extractor.validate.ReportFacts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * One report under construction (CoreNLP's {@code Annotation}): the input, then what each stage adds. The facts
 * are kept by where they come from and listed in the report in the order identity, narrative, 绩效 tables, 决算表,
 * whatever order the stages found them in. Used by one thread at a time.
 */
public final class ReportInProgress {
    /** Where a fact comes from, in the order the report lists them. */
    public enum FactOrigin { IDENTITY, NARRATIVE, PERFORMANCE_TABLES, STATEMENT_TABLES }

    private final byte[] content;
    private final String fileName;
    private SourceInfo source;
    private DocumentFormat format;
    private RawDocument raw;
    private NormalizedDocument normalized;
    private Segmentation segmentation;
    private StatementTables.Extraction statementTables;
    private final Map<FactOrigin, List<Fact>> facts = new EnumMap<>(FactOrigin.class);
    private ReportFacts checkedFacts;
    private List<Finding> findings = List.of();
    private StageTimings timings = StageTimings.NONE;

    public ReportInProgress(byte[] content, String fileName, SourceInfo source) {
        this.content = content;
        this.fileName = fileName;
        this.source = source;
    }

    public byte[] content() {
        return content;
    }

    public String fileName() {
        return fileName;
    }

    public SourceInfo source() {
        return source;
    }

    public void source(SourceInfo newSource) {
        source = newSource;
    }

    public DocumentFormat format() {
        return format;
    }

    public void format(DocumentFormat newFormat) {
        format = newFormat;
    }

    public RawDocument raw() {
        return raw;
    }

    public void raw(RawDocument newRaw) {
        raw = newRaw;
    }

    public NormalizedDocument normalized() {
        return normalized;
    }

    public void normalized(NormalizedDocument newNormalized) {
        normalized = newNormalized;
    }

    public Segmentation segmentation() {
        return segmentation;
    }

    public void segmentation(Segmentation newSegmentation) {
        segmentation = newSegmentation;
    }

    public StatementTables.Extraction statementTables() {
        return statementTables;
    }

    public void statementTables(StatementTables.Extraction extraction) {
        statementTables = extraction;
    }

    /**
     * Whether the report's figures are facts: not for a blank template, nor for a budget (部门预算), whose figures
     * are plans, not the 决算 figures the facts contract keys; those keep their tables and identity facts only.
     */
    public boolean figuresAreFacts() {
        return !segmentation.report().template() && !isBudget(segmentation.report().kind());
    }

    /** Whether the facts are checked against each other: not for a blank template. */
    public boolean validated() {
        return !segmentation.report().template();
    }

    private static boolean isBudget(String kind) {
        return kind != null && kind.contains("预算"); // 部门预算, 单位预算, 预算草案
    }

    public void addFacts(FactOrigin origin, List<Fact> found) {
        facts.computeIfAbsent(origin, o -> new ArrayList<>()).addAll(found);
    }

    /** Replaces every fact by what {@code change} makes of it (e.g. marking those read by OCR). */
    public void replaceFacts(UnaryOperator<List<Fact>> change) {
        facts.replaceAll((origin, list) -> new ArrayList<>(change.apply(list)));
    }

    public List<Fact> facts() {
        List<Fact> all = new ArrayList<>();
        facts.values().forEach(all::addAll);
        return all;
    }

    /** The validator's view of the facts, with the figures printed in the wrong unit corrected. */
    public ReportFacts checkedFacts() {
        return checkedFacts;
    }

    public void checkedFacts(ReportFacts view) {
        checkedFacts = view;
    }

    public List<Finding> findings() {
        return findings;
    }

    public void findings(List<Finding> newFindings) {
        findings = List.copyOf(newFindings);
    }

    public StageTimings timings() {
        return timings;
    }

    void timings(StageTimings newTimings) {
        timings = newTimings;
    }

    /** The finished report: what the stages found, the text as printed again where the stages read it simplified. */
    public ReportDocument toReport() {
        return AsPrinted.restore(new ReportDocument(ReportDocument.SCHEMA_VERSION, source, segmentation.report(),
                normalized.text(), normalized.blocks(), segmentation.sections(), statementTables.tables(), facts(),
                findings, raw.ocr()), normalized);
    }
}
