package org.juesuan.extractor.pipeline;

import java.util.List;

/** How long each stage took on one input, in pipeline order (stages that did not run are absent). */
public record StageTimings(List<StageTime> stages) {
    public static final StageTimings NONE = new StageTimings(List.of());

    public StageTimings {
        stages = List.copyOf(stages);
    }

    public record StageTime(String stage, long nanos) {
    }

    public long totalNanos() {
        return stages.stream().mapToLong(StageTime::nanos).sum();
    }
}
