package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.pipeline.stage.DetectFormat;
import org.juesuan.extractor.pipeline.stage.ExtractIdentityFacts;
import org.juesuan.extractor.pipeline.stage.ExtractNarrativeFacts;
import org.juesuan.extractor.pipeline.stage.ExtractPerformanceTables;
import org.juesuan.extractor.pipeline.stage.MarkOcrProvenance;
import org.juesuan.extractor.pipeline.stage.Normalize;
import org.juesuan.extractor.pipeline.stage.ReadDocument;
import org.juesuan.extractor.pipeline.stage.ReadStatementTables;
import org.juesuan.extractor.pipeline.stage.Segment;
import org.juesuan.extractor.pipeline.stage.CorrectUnits;
import org.juesuan.extractor.pipeline.stage.Validate;
import org.juesuan.extractor.read.ReadException;
import org.juesuan.extractor.read.Readers;
import org.juesuan.extractor.validate.Validator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The stages in order (after CoreNLP's {@code AnnotationPipeline}): each runs on the report under construction and
 * is timed. Built once; the order is checked when it is built (a stage that requires a part no earlier stage
 * produces is a programming error). docs/architecture.md describes the stages. Thread-safe.
 */
public final class ReportPipeline {
    private final List<Stage> stages;

    public ReportPipeline(List<Stage> stages) {
        Set<ReportPart> available = EnumSet.of(ReportPart.INPUT);
        for (Stage stage : stages) {
            if (!available.containsAll(stage.requires())) {
                Set<ReportPart> missing = EnumSet.copyOf(stage.requires());
                missing.removeAll(available);
                throw new IllegalArgumentException("stage " + stage.name() + " requires " + missing
                        + ", which no stage before it produces");
            }
            available.addAll(stage.produces());
        }
        this.stages = List.copyOf(stages);
    }

    /** read → normalize → segment → extract (identity, 决算表, narrative, 绩效 tables) → validate. */
    public static ReportPipeline standard() {
        Readers readers = new Readers();
        Validator validator = new Validator();
        return new ReportPipeline(List.of(
                new DetectFormat(readers),
                new ReadDocument(readers),
                new Normalize(),
                new Segment(),
                new ExtractIdentityFacts(),
                new ReadStatementTables(),
                new ExtractNarrativeFacts(),
                new ExtractPerformanceTables(),
                new MarkOcrProvenance(),
                new CorrectUnits(validator),
                new Validate(validator)));
    }

    public List<Stage> stages() {
        return stages;
    }

    /**
     * Runs every stage on the report and returns how long each took; a stage's {@link ReadException} ends the run
     * (the timings of the stages before it are then on the exception's report: {@link ReportInProgress#timings()}).
     */
    public StageTimings run(ReportInProgress report) throws ReadException {
        List<StageTimings.StageTime> times = new ArrayList<>();
        try {
            for (Stage stage : stages) {
                long start = System.nanoTime();
                try {
                    stage.annotate(report);
                } finally {
                    times.add(new StageTimings.StageTime(stage.name(), System.nanoTime() - start));
                }
            }
        } finally {
            report.timings(new StageTimings(times));
        }
        return report.timings();
    }
}
