package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.pipeline.stage.Segment;
import org.juesuan.extractor.pipeline.stage.Validate;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.validate.Validator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stages in one visible order, checked when the pipeline is built, each one timed. */
class ReportPipelineTest {
    private static final List<String> STAGES = List.of("detect", "read", "normalize", "segment", "identity-facts",
            "statement-tables", "narrative-facts", "performance-tables", "ocr-provenance", "unit-correction",
            "validate");

    @Test
    void theStandardPipelineRunsTheStagesInOrder() {
        assertEquals(STAGES, ReportPipeline.standard().stages().stream().map(Stage::name).toList());
    }

    @Test
    void everyStageOfAnExtractionIsTimed() {
        ExtractionOutcome outcome = Extracted.outcome(RepoFiles.corpus("001_ac178a9e9dd67b94.txt"));
        StageTimings timings = outcome.timings();
        assertEquals(STAGES, timings.stages().stream().map(StageTimings.StageTime::stage).toList());
        assertTrue(timings.stages().stream().allMatch(t -> t.nanos() >= 0), timings.toString());
    }

    @Test
    void anInputWithoutTextStopsAtTheStageThatFoundItSo() {
        // the plain-text reader refuses white space; the stages after it never run
        ExtractionOutcome outcome = new ReportExtractor().extract("   \n\n  ".getBytes(), "blank.txt", "/tmp/blank.txt");
        assertTrue(outcome instanceof ExtractionOutcome.Failure failure
                && failure.error().error().type().equals("no-text"), outcome.toString());
        assertEquals(List.of("detect", "read"),
                outcome.timings().stages().stream().map(StageTimings.StageTime::stage).toList());
    }

    @Test
    void aStageWhosePartsNoEarlierStageProducesIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ReportPipeline(List.of(new Segment(), new Validate(new Validator()))));
        assertTrue(refused.getMessage().contains("segment") && refused.getMessage().contains("NORMALIZED_TEXT"),
                refused.getMessage());
    }
}
