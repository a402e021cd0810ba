package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.segment.StatementKind;

import java.util.List;

/**
 * A standard table found in a report, before it is read: its kind, title and unit as printed, whether the report
 * declares it empty, the section it stands in, and its blocks (one per page it spans).
 */
record TableCandidate(StatementKind kind, String title, String unit, boolean declaredEmpty, String section,
                      List<TableBlock> blocks) {
    TableCandidate {
        blocks = List.copyOf(blocks);
    }
}
