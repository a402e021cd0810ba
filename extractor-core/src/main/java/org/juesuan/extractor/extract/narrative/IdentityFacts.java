package org.juesuan.extractor.extract.narrative;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.FactKey;
import org.juesuan.extractor.model.ReportInfo;
import org.juesuan.extractor.segment.IdentityPlaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report.* facts, at the places the segmenter found the identity stated ({@link IdentityPlaces}): the
 * department's name, the fiscal year, the kind (部门决算 / 单位决算, or what else the title calls the document, see
 * {@link ReportInfo}). A value the text never states (a name taken from the file name) gives no fact, since a fact
 * needs a place; a kind that is no final account (部门预算, 决算草案) gives none either.
 */
public final class IdentityFacts {
    private IdentityFacts() {
    }

    public static List<Fact> of(ReportInfo info, IdentityPlaces places, String text, List<Block> blocks) {
        ReportText report = new ReportText(text, blocks, List.of());
        List<Fact> facts = new ArrayList<>();
        add(report, FactKey.REPORT_DEPARTMENT, info.department(), places.department(), facts);
        add(report, FactKey.REPORT_FISCAL_YEAR, info.fiscalYear(), places.fiscalYear(), facts);
        if (info.kind() != null && info.kind().endsWith("决算")) {
            add(report, FactKey.REPORT_KIND, info.kind(), places.kind(), facts);
        }
        return facts;
    }

    private static void add(ReportText report, FactKey key, Object value, Optional<IdentityPlaces.Place> place,
                            List<Fact> facts) {
        if (value != null) {
            place.ifPresent(p -> facts.add(new Fact(key.key(), null, null, value, null,
                    report.text().substring(p.start(), p.end()), "narrative", report.provenance(null, p.start(), p.end()))));
        }
    }
}
