package org.juesuan.extractor.model;

/** Identity of the report; every field may be null until extraction fills it. */
public record ReportInfo(String department, Integer fiscalYear, String kind) {
    public static ReportInfo unknown() {
        return new ReportInfo(null, null, null);
    }
}
