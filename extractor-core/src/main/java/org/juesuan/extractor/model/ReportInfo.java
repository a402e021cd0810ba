package org.juesuan.extractor.model;

/**
 * Identity of the report; every field but {@code template} may be null until extraction fills it.
 * {@code template} is true for a blank form (placeholders such as {@code 上海市XX局} and {@code XXX 万元}
 * instead of a department and figures): it segments like a report but states nothing about anyone.
 */
public record ReportInfo(String department, Integer fiscalYear, String kind, boolean template) {
    public ReportInfo(String department, Integer fiscalYear, String kind) {
        this(department, fiscalYear, kind, false);
    }

    public static ReportInfo unknown() {
        return new ReportInfo(null, null, null, false);
    }
}
