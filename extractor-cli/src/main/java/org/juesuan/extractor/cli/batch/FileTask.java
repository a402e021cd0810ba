package org.juesuan.extractor.cli.batch;

import java.nio.file.Path;

/** One input of a batch and where its record goes; {@code sha256} identifies the input's content. */
public record FileTask(Path input, Path output, String sha256) {
}
