package org.juesuan.extractor.write;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One fact of a record as a row of the long facts table (the batch's facts CSV, the Spark job's Parquet, query's
 * {@code facts} table), with the identity of the report it belongs to. {@code number} is the value when it is a
 * number (exact); {@code text} the value when it is not (e.g. {@code report.department}); {@code start},
 * {@code end} and {@code quote} its provenance's offsets and text window. Read from the record's JSON, so the table
 * holds exactly what the record says.
 */
public record FactRow(String file, String sha256, String department, Integer fiscalYear, String kind, String key,
                      String code, String label, BigDecimal number, String text, String unit, String raw,
                      String source, String section, Integer page, Integer start, Integer end, String quote) {

    /** The value as one string: a number in plain notation, or the text. */
    public String value() {
        return number != null ? number.toPlainString() : text;
    }

    /** The rows of every fact of a report record ({@code file} is {@code source.fileName}, as in the facts CSV and query); none for an error record. */
    public static List<FactRow> of(JsonNode record) {
        String file = text(record.at("/source/fileName"));
        String sha256 = text(record.at("/source/sha256"));
        JsonNode report = record.path("report");
        String department = text(report.path("department"));
        Integer year = report.path("fiscalYear").isInt() ? report.path("fiscalYear").intValue() : null;
        String kind = text(report.path("kind"));
        List<FactRow> rows = new ArrayList<>();
        for (JsonNode fact : record.path("facts")) {
            JsonNode value = fact.path("value");
            JsonNode provenance = fact.path("provenance");
            rows.add(new FactRow(file, sha256, department, year, kind, text(fact.path("key")),
                    text(fact.path("code")), text(fact.path("label")),
                    value.isNumber() ? value.decimalValue() : null, value.isNumber() ? null : text(value),
                    text(fact.path("unit")), text(fact.path("raw")), text(fact.path("source")),
                    text(provenance.path("section")), integer(provenance.path("page")),
                    integer(provenance.path("start")), integer(provenance.path("end")), text(provenance.path("text"))));
        }
        return rows;
    }

    private static Integer integer(JsonNode node) {
        return node.isInt() ? node.intValue() : null;
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
