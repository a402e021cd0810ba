package org.juesuan.extractor.cli.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.Finding;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.write.ReportJson;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a batch takes from one record for its progress line, summary and datasets, so that the parent never reads
 * back a record it has just had written: made where the record is made (a worker sends it in its reply), or from
 * the file for a record already on disk (an up-to-date input, an error record the parent wrote). {@code jsonLine}
 * and {@code factRows} are there only when the batch writes those datasets. An error record has {@code errorType}.
 */
record RecordDigest(String errorType, String errorMessage, String format, int blocks, Integer pages, int facts,
                    Map<String, Integer> findingsBySeverity, String jsonLine, String factRows) {

    /** Which datasets the batch writes, i.e. what a digest must carry besides the counts. */
    record Datasets(boolean jsonl, boolean factsCsv) {
        static final Datasets NONE = new Datasets(false, false);

        boolean any() {
            return jsonl || factsCsv;
        }
    }

    /** From the model record ({@link ReportDocument} or {@link ErrorRecord}) as the pipeline made it. */
    static RecordDigest of(Object record, Datasets datasets) {
        if (datasets.any()) {
            return of(OutputRecord.parse(ReportJson.toJsonLine(record)), datasets); // the datasets are made from the JSON as written
        }
        if (record instanceof ErrorRecord error) {
            return new RecordDigest(error.error().type(), error.error().message(), error.source().format(), 0, null, 0,
                    Map.of(), null, null);
        }
        ReportDocument report = (ReportDocument) record;
        Map<String, Integer> findings = new TreeMap<>();
        for (Finding finding : report.findings()) {
            findings.merge(finding.severity(), 1, Integer::sum);
        }
        return new RecordDigest(null, null, report.source().format(), report.blocks().size(), report.source().pages(),
                report.facts().size(), findings, null, null);
    }

    /** From a record read as JSON. */
    static RecordDigest of(JsonNode record, Datasets datasets) {
        String jsonLine = datasets.jsonl() ? DatasetSink.jsonLine(record) : null;
        String factRows = datasets.factsCsv() ? DatasetSink.csvRows(record) : null;
        JsonNode pages = record.at("/source/pages");
        String format = record.at("/source/format").asText(null);
        if (record.has("error")) {
            return new RecordDigest(record.at("/error/type").asText(), record.at("/error/message").asText(), format, 0,
                    null, 0, Map.of(), jsonLine, factRows);
        }
        Map<String, Integer> findings = new TreeMap<>();
        for (JsonNode finding : record.path("findings")) {
            findings.merge(finding.path("severity").asText(), 1, Integer::sum);
        }
        return new RecordDigest(null, null, format, record.path("blocks").size(), pages.isNumber() ? pages.asInt() : null,
                record.path("facts").size(), findings, jsonLine, factRows);
    }

    boolean error() {
        return errorType != null;
    }

    /** The progress line's account of the record. */
    String describe() {
        if (error()) {
            return "ERROR " + errorType + ": " + errorMessage;
        }
        return format + ", " + blocks + " blocks" + (pages != null ? ", " + pages + " pages" : "") + ", " + facts + " facts";
    }
}
