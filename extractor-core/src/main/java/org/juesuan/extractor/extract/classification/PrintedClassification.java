package org.juesuan.extractor.extract.classification;

/**
 * The classification of one 具体情况 entry as the report prints it: names without their （类）/（款）/（项)
 * markers and the digit codes where the layout prints them (201（款）02（项）01, 一般公共服务（201）…（03）…（01）).
 * Any part may be null; {@code itemName} keeps garbled print as is (支行政单位离退休).
 */
public record PrintedClassification(String className, String classCode, String sectionName, String sectionCode,
                                    String itemName, String itemCode) {

    /** The 7-digit code the report prints for this 项, or null when it does not print all three parts. */
    public String code() {
        return classCode != null && sectionCode != null && itemCode != null ? classCode + sectionCode + itemCode : null;
    }

    PrintedClassification inheriting(PrintedClassification context) {
        if (context == null || className != null || classCode != null) {
            return this;
        }
        return new PrintedClassification(context.className, context.classCode,
                sectionName != null || sectionCode != null ? sectionName : context.sectionName,
                sectionName != null || sectionCode != null ? sectionCode : context.sectionCode, itemName, itemCode);
    }
}
