package org.juesuan.extractor.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs into files: a file named on the command line is always an input; in a
 * directory (walked recursively, in name order) the files with a document extension are, and the rest are
 * counted as skipped so that nothing disappears silently. Hidden files and the output directory are passed over.
 */
final class InputFiles {
    static final Set<String> DOCUMENT_EXTENSIONS = Set.of("txt", "text", "docx", "doc", "pdf", "xlsx", "xls", "html", "htm");

    record Expansion(List<Path> files, List<Path> skipped) {
    }

    private InputFiles() {
    }

    /** A usage error (exit 2, nothing done) when an input named on the command line does not exist. */
    static void requireExisting(picocli.CommandLine commandLine, List<Path> inputs) {
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new picocli.CommandLine.ParameterException(commandLine, "input does not exist: " + input);
            }
        }
    }

    static Expansion expand(List<Path> inputs, Path outputDir, boolean allFiles) {
        Set<Path> files = new LinkedHashSet<>();
        List<Path> skipped = new ArrayList<>();
        Path out = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> walk = Files.walk(input)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> !hidden(input.relativize(p)))
                        .filter(p -> out == null || !p.toAbsolutePath().normalize().startsWith(out))
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(p -> {
                            if (allFiles || isDocument(p)) {
                                files.add(p);
                            } else {
                                skipped.add(p);
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException("could not list " + input, e);
            }
        }
        return new Expansion(List.copyOf(files), List.copyOf(skipped));
    }

    static boolean isDocument(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && DOCUMENT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
