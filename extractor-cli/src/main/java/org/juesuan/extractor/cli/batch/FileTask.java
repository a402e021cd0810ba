package org.juesuan.extractor.cli.batch;

import org.juesuan.extractor.pipeline.Hashing;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One input of a batch and where its record goes: {@code outputName} in {@code outDir}. {@code sha256}
 * identifies the input's content when the batch has hashed it (to compare with an earlier record), else null: the
 * extractor hashes the bytes it reads. {@link #output()} is the only way to the output path, and it refuses a name
 * that would land anywhere but directly in {@code outDir}.
 */
public record FileTask(Path input, Path outDir, String outputName, String sha256) {
    public Path output() {
        return OutputPaths.resolve(outDir, outputName);
    }

    /**
     * The content's hash for a record the batch writes itself (a timeout, a crash): computed now if the batch had no
     * reason to before; null when the file cannot be read. A rerun finds such a record up to date by this hash.
     */
    String hashed() {
        if (sha256 != null) {
            return sha256;
        }
        try {
            return Hashing.sha256(input);
        } catch (IOException e) {
            return null;
        }
    }
}
