package org.juesuan.extractor.pipeline;

import org.juesuan.extractor.model.ErrorRecord;
import org.juesuan.extractor.model.ErrorType;
import org.juesuan.extractor.model.ExtractionError;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.SourceInfo;
import org.juesuan.extractor.read.ReadException;
import org.juesuan.extractor.read.ReadLimits;
import org.juesuan.extractor.read.Readers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input → its report or error record: the input (bytes read and hashed once) run through
 * {@link ReportPipeline#standard()} (read → normalize → segment → extract → validate). A blank template, and a
 * budget (部门预算) instead of a 决算, keep their recognized tables but yield only their identity facts, no findings.
 * Never throws for a bad input: every failure becomes an error record. Thread-safe.
 */
public final class ReportExtractor {
    private final ReportPipeline pipeline = ReportPipeline.standard();

    /**
     * Starts building, on a daemon thread, what every first file needs and a new JVM lacks (Tika's type detection),
     * so that a process waiting for its first file uses a spare core for it instead of the file's time.
     */
    public static void prepareInBackground() {
        Thread prepare = new Thread(Readers::prepareDetection, "prepare-detection");
        prepare.setDaemon(true);
        prepare.start();
    }

    public ExtractionOutcome extract(Path file) {
        return extract(file, null);
    }

    /**
     * With the content's SHA-256 already known (a batch hashes each input once to see whether it is up to date), so
     * that it is not computed again; null computes it.
     */
    public ExtractionOutcome extract(Path file, String sha256) {
        String name = file.getFileName().toString();
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return failure(ErrorRecords.source(file, null, sizeOrZero(file)), ErrorType.IO_ERROR,
                    "could not read the file: " + ErrorRecords.reason(e));
        } catch (OutOfMemoryError e) {
            return failure(ErrorRecords.source(file, null, sizeOrZero(file)), ErrorType.TOO_LARGE,
                    "the file does not fit in memory (" + sizeOrZero(file) + " bytes)");
        }
        return extract(content, name, ErrorRecords.path(file), sha256);
    }

    public ExtractionOutcome extract(byte[] content, String fileName, String path) {
        return extract(content, fileName, path, null);
    }

    private ExtractionOutcome extract(byte[] content, String fileName, String path, String sha256) {
        ReportInProgress report = new ReportInProgress(content, fileName, new SourceInfo(fileName, path,
                ErrorRecords.extension(fileName), sha256 != null ? sha256 : Hashing.sha256(content), content.length,
                null));
        try {
            pipeline.run(report);
            return new ExtractionOutcome.Success(report.toReport(), report.timings());
        } catch (ReadException e) {
            return failure(report, e.type(), e.getMessage());
        } catch (StackOverflowError e) {
            return failure(report, ErrorType.TOO_LARGE, ReadLimits.NESTING_MESSAGE);
        } catch (OutOfMemoryError e) {
            // in a worker JVM, -XX:+ExitOnOutOfMemoryError ends the process first; in one JVM this keeps the batch going
            return failure(report, ErrorType.TOO_LARGE, "reading the file ran out of memory ("
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB heap)");
        } catch (RuntimeException e) {
            return failure(report, ErrorType.INTERNAL, "extraction failed unexpectedly: " + e);
        }
    }

    /** The stages this extractor runs, in order. */
    public ReportPipeline pipeline() {
        return pipeline;
    }

    private static ExtractionOutcome failure(ReportInProgress report, ErrorType type, String message) {
        return new ExtractionOutcome.Failure(new ErrorRecord(ReportDocument.SCHEMA_VERSION, report.source(),
                new ExtractionError(type.id(), message)), report.timings());
    }

    private static ExtractionOutcome failure(SourceInfo source, ErrorType type, String message) {
        return new ExtractionOutcome.Failure(new ErrorRecord(ReportDocument.SCHEMA_VERSION, source,
                new ExtractionError(type.id(), message)));
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
