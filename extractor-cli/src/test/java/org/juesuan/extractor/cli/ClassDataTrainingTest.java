package org.juesuan.extractor.cli;

import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's class-data training: it extracts its samples in-process and isolated and says whether all became
 * reports (the launcher keeps no archive of a failed run), and the samples the launcher names are all there (it
 * passes over a missing one silently, which would leave its format out of the archive).
 */
class ClassDataTrainingTest {
    @TempDir
    Path temp;

    @Test
    void trainsOnBothPathsAndFailsWhenASampleGivesNoReport() throws Exception {
        String seed = RepoFiles.corpus("003_452dfb289bf64cc2.txt").toString();
        assertEquals(0, ClassDataTraining.train(temp.resolve("good"), List.of(seed)));
        assertTrue(Files.isRegularFile(temp.resolve("good/in-process/003_452dfb289bf64cc2.json")));
        assertTrue(Files.isRegularFile(temp.resolve("good/isolated/003_452dfb289bf64cc2.json")));

        String broken = RepoFiles.fixture("bad/random-bytes.pdf").toString();
        assertEquals(1, ClassDataTraining.train(temp.resolve("bad"), List.of(seed, broken)));
    }

    @Test
    void everySampleTheLauncherNamesExists() throws Exception {
        String launcher = Files.readString(RepoFiles.root().resolve("extractor"));
        Matcher loop = Pattern.compile("for sample in (.*?); do", Pattern.DOTALL).matcher(launcher);
        assertTrue(loop.find(), "the launcher's training loop");
        List<String> samples = new ArrayList<>();
        for (String word : loop.group(1).split("[\\s\\\\]+")) {
            if (!word.isBlank()) {
                samples.add(word);
            }
        }
        assertTrue(samples.size() >= 8, "samples: " + samples);
        for (String sample : samples) {
            assertTrue(Files.isRegularFile(RepoFiles.root().resolve(sample)), "missing training sample " + sample);
        }
    }
}
