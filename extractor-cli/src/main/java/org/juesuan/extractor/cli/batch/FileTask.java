package org.juesuan.extractor.cli.batch;

import java.nio.file.Path;

/**
 * One input of a batch and where its record goes: {@code outputName} in {@code outDir}. {@code sha256}
 * identifies the input's content. {@link #output()} is the only way to the output path, and it refuses a name
 * that would land anywhere but directly in {@code outDir}.
 */
public record FileTask(Path input, Path outDir, String outputName, String sha256) {
    public Path output() {
        return OutputPaths.resolve(outDir, outputName);
    }
}
