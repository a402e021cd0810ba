package org.juesuan.extractor.testing;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.TableBlock;
import org.juesuan.extractor.model.TableCell;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.pipeline.ReportExtractor;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Runs the pipeline once per test input and gives tests convenient views of the result. */
public final class Extracted {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();
    private static final Map<Path, ExtractionOutcome> CACHE = new ConcurrentHashMap<>();

    private Extracted() {
    }

    public static ExtractionOutcome outcome(Path file) {
        return CACHE.computeIfAbsent(file.toAbsolutePath(), EXTRACTOR::extract);
    }

    public static ReportDocument report(Path file) {
        ExtractionOutcome outcome = outcome(file);
        if (outcome instanceof ExtractionOutcome.Success success) {
            return success.report();
        }
        throw new AssertionError(file + " gave an error record: " + ((ExtractionOutcome.Failure) outcome).error());
    }

    public static List<String> paragraphs(ReportDocument report) {
        return report.blocks().stream().filter(b -> b instanceof ParagraphBlock)
                .map(b -> ((ParagraphBlock) b).text()).toList();
    }

    public static List<TableBlock> tables(ReportDocument report) {
        return report.blocks().stream().filter(b -> b instanceof TableBlock).map(TableBlock.class::cast).toList();
    }

    /** The first table whose first cell starts with {@code prefix}, as rows of cell texts. */
    public static Optional<List<List<String>>> tableStartingWith(ReportDocument report, String prefix) {
        return tables(report).stream()
                .filter(t -> t.rows().get(0).cells().get(0).text().startsWith(prefix))
                .findFirst()
                .map(t -> t.rows().stream().map(r -> r.cells().stream().map(TableCell::text).toList()).toList());
    }

    public static Optional<Block> blockContaining(ReportDocument report, String text) {
        return report.blocks().stream()
                .filter(b -> report.text().substring(b.start(), b.end()).contains(text))
                .findFirst();
    }
}
