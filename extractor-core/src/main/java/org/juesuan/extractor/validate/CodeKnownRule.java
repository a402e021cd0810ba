package org.juesuan.extractor.validate;

import org.juesuan.extractor.extract.classification.ClassificationTable;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.Finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code code.known}: every gpb.class / gpb.item code exists in the classification table. */
public final class CodeKnownRule implements Rule {
    @Override
    public String id() {
        return "code.known";
    }

    @Override
    public String severity() {
        return WARNING;
    }

    @Override
    public String description() {
        return "every gpb.class and gpb.item code is in the 支出功能分类 table "
                + "(extractor-core classification/expenditure-classification.tsv)";
    }

    @Override
    public String tolerance() {
        return "none (an exact code)";
    }

    @Override
    public List<Finding> check(ReportFacts facts) {
        ClassificationTable table = ClassificationTable.standard();
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fact f : facts.facts()) {
            if ((f.key().equals("gpb.item") || f.key().equals("gpb.class")) && f.code() != null
                    && seen.add(f.code()) && table.byCode(f.code()).isEmpty()) {
                findings.add(Findings.of(this,
                        Findings.name(f) + " 的科目编码 " + f.code() + " 不在支出功能分类科目表中",
                        Findings.name(f) + ": code " + f.code() + " is not in the expenditure classification table",
                        null, List.of(f)));
            }
        }
        return findings;
    }
}
