package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.Fact;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.Provenance;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.model.TableCell;
import org.juesuan.extractor.model.TableRow;
import org.juesuan.extractor.normalize.NormalizedDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts the printed characters back into what a report shows of its text: the stages match on the normalized
 * text, where traditional characters are simplified; the report's {@code text}, its blocks, and each fact's
 * {@code raw} and provenance window are written as printed, at the same offsets (the two texts are aligned one
 * for one). What the extractor names rather than quotes — identity, classification labels, section and
 * table titles — stays in simplified characters, so that reports compare across sites.
 */
final class AsPrinted {
    private final String matched;
    private final String printed;

    private AsPrinted(NormalizedDocument normalized) {
        this.matched = normalized.text();
        this.printed = normalized.printedText();
    }

    static ReportDocument restore(ReportDocument report, NormalizedDocument normalized) {
        if (!normalized.hasTraditional()) {
            return report;
        }
        AsPrinted as = new AsPrinted(normalized);
        return new ReportDocument(report.schemaVersion(), report.source(), report.report(), as.printed,
                report.blocks().stream().map(as::block).toList(), report.sections(), report.tables(),
                report.facts().stream().map(as::fact).toList(), report.findings(), report.ocr());
    }

    private Block block(Block block) {
        if (block instanceof ParagraphBlock p) {
            return new ParagraphBlock(p.start(), p.end(), p.page(), printed.substring(p.start(), p.end()), p.headingLevel());
        }
        TableBlock table = (TableBlock) block;
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            rows.add(new TableRow(row.cells().stream()
                    .map(c -> new TableCell(c.start(), c.end(), printed.substring(c.start(), c.end()), c.colSpan(), c.rowSpan()))
                    .toList()));
        }
        return new TableBlock(table.start(), table.end(), table.page(), rows);
    }

    private Fact fact(Fact fact) {
        Provenance p = fact.provenance();
        if (p == null || p.start() < 0 || p.end() > matched.length()) {
            return fact;
        }
        String raw = fact.raw() != null && fact.raw().equals(matched.substring(p.start(), p.end()))
                ? printed.substring(p.start(), p.end()) : fact.raw();
        Provenance provenance = new Provenance(p.section(), p.start(), p.end(), p.page(), window(p), p.cell(), p.ocr());
        return new Fact(fact.key(), fact.code(), fact.label(), fact.value(), fact.unit(), raw, fact.source(), provenance);
    }

    /**
     * The provenance window as printed: found in the matched text around the fact, whole or (a table row's
     * cells joined by " | ") part by part; a part not found stays as it is.
     */
    private String window(Provenance p) {
        String text = p.text();
        if (text == null) {
            return null;
        }
        int from = Math.max(0, p.end() - text.length());
        int at = matched.indexOf(text, from);
        if (at >= 0 && at <= p.start()) {
            return printed.substring(at, at + text.length());
        }
        StringBuilder out = new StringBuilder(text.length());
        int searchFrom = Math.max(0, p.start() - 4 * text.length());
        String[] parts = text.split(" \\| ", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append(" | ");
            }
            int found = parts[i].isEmpty() ? -1 : matched.indexOf(parts[i], searchFrom);
            if (found >= 0) {
                out.append(printed, found, found + parts[i].length());
                searchFrom = found + parts[i].length();
            } else {
                out.append(parts[i]);
            }
        }
        return out.toString();
    }
}
