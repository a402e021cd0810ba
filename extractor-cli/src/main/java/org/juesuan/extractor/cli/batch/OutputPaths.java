package org.juesuan.extractor.cli.batch;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Output files of a batch go directly into the output directory, whatever their name: nothing lands outside it. */
public final class OutputPaths {
    private OutputPaths() {
    }

    /**
     * {@code outDir/name}, or an {@link IllegalArgumentException} when {@code name} is not one plain file name
     * ({@code ..}, a separator, a NUL) and would resolve elsewhere.
     */
    public static Path resolve(Path outDir, String name) {
        Path dir = outDir.toAbsolutePath().normalize();
        Path resolved;
        try {
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
                    || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
                throw new InvalidPathException(name, "not a plain file name");
            }
            resolved = dir.resolve(name).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("refused output name '" + name + "': " + e.getReason());
        }
        if (!dir.equals(resolved.getParent())) {
            throw new IllegalArgumentException("refused output name '" + name + "': it resolves outside " + dir);
        }
        return resolved;
    }
}
