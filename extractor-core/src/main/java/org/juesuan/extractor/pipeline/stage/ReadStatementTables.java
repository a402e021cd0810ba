package org.juesuan.extractor.pipeline.stage;

import org.juesuan.extractor.extract.table.StatementTables;
import org.juesuan.extractor.pipeline.ReportInProgress;
import org.juesuan.extractor.pipeline.ReportInProgress.FactOrigin;
import org.juesuan.extractor.pipeline.ReportPart;
import org.juesuan.extractor.pipeline.Stage;

import java.util.Set;

/**
 * The standard 决算表 recognized and read; their figures become table facts unless the report's figures are not
 * facts (a template or a budget keeps its tables only).
 */
public final class ReadStatementTables implements Stage {
    private final StatementTables statementTables = new StatementTables();

    @Override
    public String name() {
        return "statement-tables";
    }

    @Override
    public Set<ReportPart> requires() {
        return Set.of(ReportPart.NORMALIZED_TEXT, ReportPart.SECTIONS, ReportPart.IDENTITY);
    }

    @Override
    public Set<ReportPart> produces() {
        return Set.of(ReportPart.STATEMENT_TABLES, ReportPart.TABLE_FACTS);
    }

    @Override
    public void annotate(ReportInProgress report) {
        StatementTables.Extraction tables = statementTables.extract(report.normalized().text(),
                report.normalized().blocks(), report.segmentation().sections());
        report.statementTables(tables);
        if (report.figuresAreFacts()) {
            report.addFacts(FactOrigin.STATEMENT_TABLES, tables.facts());
        }
    }
}
