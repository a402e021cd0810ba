package org.juesuan.extractor.cli.batch;

import java.util.Map;
import java.util.TreeMap;

/** Counts of a batch, accumulated as records complete; written to {@code _summary.json} at the end. Thread-safe. */
final class BatchSummary {
    private int inputs;
    private int reports;
    private int upToDate;
    private int errorsKept;
    private long facts;
    private final Map<String, Integer> errors = new TreeMap<>();
    private final Map<String, Integer> findings = new TreeMap<>();

    synchronized void expect(int total) {
        inputs = total;
    }

    synchronized void add(RecordDigest record, boolean skippedAsUpToDate) {
        if (skippedAsUpToDate) {
            upToDate++;
        }
        if (record.error()) {
            if (skippedAsUpToDate) {
                errorsKept++;
            }
            errors.merge(record.errorType(), 1, Integer::sum);
            return;
        }
        reports++;
        facts += record.facts();
        record.findingsBySeverity().forEach((severity, count) -> findings.merge(severity, count, Integer::sum));
    }

    synchronized int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized int reports() {
        return reports;
    }

    synchronized Map<String, Object> toMap(double seconds, int threads, String isolation, int skippedFiles) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("inputs", inputs);
        map.put("reports", reports);
        map.put("errors", errorCount());
        map.put("errorsByType", new TreeMap<>(errors));
        map.put("upToDate", upToDate);
        map.put("errorsKeptFromEarlierRuns", errorsKept);
        map.put("facts", facts);
        map.put("findingsBySeverity", new TreeMap<>(findings));
        map.put("seconds", Math.round(seconds * 10) / 10.0);
        map.put("threads", threads);
        map.put("isolation", isolation);
        map.put("skippedNonDocuments", skippedFiles);
        return map;
    }

    synchronized String line(double seconds) {
        return String.format("%d input(s): %d report(s), %d error record(s)%s, %d up to date, %d fact(s)%s in %.1fs%s",
                inputs, reports, errorCount(), errors.isEmpty() ? "" : " " + errors, upToDate, facts,
                findings.isEmpty() ? "" : ", findings " + findings, seconds,
                errorsKept == 0 ? "" : String.format("; %d error record(s) kept from earlier runs "
                        + "(--retry-errors redoes them)", errorsKept));
    }
}
