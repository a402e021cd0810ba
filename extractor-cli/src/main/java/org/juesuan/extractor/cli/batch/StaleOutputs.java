package org.juesuan.extractor.cli.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps one record per input across runs: when an input's output name changes (x.txt was alone and wrote
 * {@code x.json}; now x.pdf joined it and x.txt writes {@code x.txt.json}), its record under the old name is
 * moved to the new name (so it stays up to date), or removed when the new name is already there. Records of
 * inputs that are not in this run are left alone.
 */
final class StaleOutputs {
    private StaleOutputs() {
    }

    /** {@code names}: this run's output name per input, inputs as absolute normalized paths. */
    static void reconcile(Path outDir, Map<Path, String> names) throws IOException {
        java.util.Set<String> current = new java.util.HashSet<>(names.values());
        try (DirectoryStream<Path> outputs = Files.newDirectoryStream(outDir, "*.json")) {
            for (Path file : outputs) {
                String fileName = file.getFileName().toString();
                if (current.contains(fileName) || fileName.startsWith(".") || fileName.equals(BatchRunner.SUMMARY_FILE)) {
                    continue;
                }
                Optional<OutputRecord.Identity> identity = OutputRecord.identity(file);
                if (identity.isEmpty() || identity.get().path() == null) {
                    continue;
                }
                String name;
                try {
                    name = names.get(Path.of(identity.get().path()).toAbsolutePath().normalize());
                } catch (RuntimeException e) {
                    continue; // a path this system cannot represent is none of this run's inputs
                }
                if (name == null) {
                    continue;
                }
                Path target = OutputPaths.resolve(outDir, name);
                if (Files.exists(target)) {
                    Files.delete(file);
                } else {
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
    }
}
