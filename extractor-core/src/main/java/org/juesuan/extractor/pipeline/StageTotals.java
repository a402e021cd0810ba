package org.juesuan.extractor.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Stage timings added up over many inputs (for {@code bench}). Thread-safe. */
public final class StageTotals {
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public synchronized void add(StageTimings timings) {
        for (StageTimings.StageTime time : timings.stages()) {
            nanos.merge(time.stage(), time.nanos(), Long::sum);
        }
    }

    /** Each stage's seconds, in the order stages first ran. */
    public synchronized Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((stage, n) -> out.put(stage, n / 1e9));
        return out;
    }
}
