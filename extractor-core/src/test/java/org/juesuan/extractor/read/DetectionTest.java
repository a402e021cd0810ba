package org.juesuan.extractor.read;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Readers#detect} asks Tika's container detectors only when the type database alone does not settle the
 * format; it must come to what Tika's whole default detector says, for every file in the repository's corpora and
 * fixtures (every format, the bad inputs, the scripts and data files that are no reports at all).
 */
class DetectionTest {
    private static final DefaultDetector TIKA = new DefaultDetector();

    @Test
    void everyFileIsDetectedAsTikasDefaultDetectorDetectsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(RepoFiles.root().resolve("corpora")),
                Files.walk(RepoFiles.root().resolve("fixtures")))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() > 100, "files: " + files.size());
        Readers readers = new Readers();
        int containers = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String expected = outcome(tikaType(content, name));
            String actual;
            try {
                actual = readers.detect(content, name).mediaType();
            } catch (ReadException e) {
                actual = e.type().id();
            }
            if (content.length > 0) {
                assertEquals(expected, actual, file.toString());
            }
            if (actual.contains("officedocument") || actual.equals("application/msword")
                    || actual.equals("application/vnd.ms-excel")) {
                containers++;
            }
        }
        assertTrue(containers >= 10, "containers: " + containers);
    }

    /** What the reader should make of Tika's answer: the format's media type, or the error type. */
    private static String outcome(String tikaType) {
        if (tikaType.equals("application/x-tika-ooxml-protected")
                || tikaType.equals("application/x-tika-msoffice-encrypted")) {
            return "encrypted";
        }
        return DocumentFormat.forMediaType(tikaType).map(DocumentFormat::mediaType).orElse("unsupported-format");
    }

    private static String tikaType(byte[] content, String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return TIKA.detect(in, metadata).toString();
        }
    }
}
