package org.juesuan.extractor.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Identity of the report; every field but {@code template} may be null until extraction fills it.
 * {@code kind} says what the document is: {@code 部门决算}, {@code 单位决算}, plain {@code 决算} where the title
 * names neither, or a document that is not a final account at all ({@code 部门预算}, {@code 单位预算},
 * {@code 决算草案}). {@code scope} is the unit marker printed beside the name, {@code 本级} (the unit alone) or
 * {@code 汇总} (the unit with its subordinates), kept out of the department's name; null when none is printed.
 * {@code template} is true for a blank form (placeholders such as {@code 上海市XX局} and {@code XXX 万元}
 * instead of a department and figures): it segments like a report but states nothing about anyone.
 */
public record ReportInfo(String department, Integer fiscalYear, String kind, boolean template,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String scope) {
    public ReportInfo(String department, Integer fiscalYear, String kind, boolean template) {
        this(department, fiscalYear, kind, template, null);
    }

    public ReportInfo(String department, Integer fiscalYear, String kind) {
        this(department, fiscalYear, kind, false, null);
    }

    public static ReportInfo unknown() {
        return new ReportInfo(null, null, null, false, null);
    }
}
