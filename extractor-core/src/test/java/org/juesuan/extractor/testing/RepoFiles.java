package org.juesuan.extractor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the repository's corpora/ and fixtures/ for tests, whichever module runs them. */
public final class RepoFiles {
    private RepoFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("repo.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "corpora"))) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("corpora"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (a folder with corpora/)");
        }
        return dir;
    }

    public static Path corpus(String name) {
        return existing(root().resolve("corpora").resolve(name));
    }

    public static Path fixture(String relative) {
        return existing(root().resolve("fixtures").resolve(relative));
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path existing(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException("test input missing: " + file);
        }
        return file;
    }
}
