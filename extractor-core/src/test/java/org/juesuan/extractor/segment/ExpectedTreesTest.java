package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every report against its hand-checked tree in fixtures/sections/ (see the README there): kinds, titles and
 * order, titles compared without whitespace.
 */
class ExpectedTreesTest {
    static final List<String> SEEDS = List.of("000_b5790c93cfb4a072", "001_ac178a9e9dd67b94", "002_0e630caa3884551f",
            "003_452dfb289bf64cc2", "004_b2fb7ddb4acb550d");
    static final List<String> SHANGHAI = List.of("sh-putuo-caizhengju-2024", "sh-putuo-guihuaziyuan-2024",
            "sh-putuo-shehuigongzuobu-2024", "sh-bumen-juesuan-template-2024");

    static Stream<Arguments> seedFiles() {
        return SEEDS.stream().flatMap(seed -> Stream.of(
                Arguments.of(seed, RepoFiles.corpus(seed + ".txt")),
                Arguments.of(seed, RepoFiles.fixture("seeds/" + seed + ".docx")),
                Arguments.of(seed, RepoFiles.fixture("seeds/" + seed + ".doc")),
                Arguments.of(seed, RepoFiles.fixture("seeds/" + seed + ".html")),
                Arguments.of(seed, RepoFiles.fixture("seeds/" + seed + ".pdf"))));
    }

    /** Every real input with its expected tree's name. */
    static Stream<Arguments> allReports() {
        return Stream.concat(seedFiles(), SHANGHAI.stream().map(n -> Arguments.of(n, RepoFiles.corpus(n + ".pdf"))));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("seedFiles")
    void everyFormatOfASeedGivesTheSeedsTree(String seed, Path file) throws IOException {
        assertTree(seed, file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh-putuo-caizhengju-2024", "sh-putuo-guihuaziyuan-2024", "sh-putuo-shehuigongzuobu-2024",
            "sh-bumen-juesuan-template-2024"})
    void theShanghaiPdfsGiveTheirTrees(String name) throws IOException {
        assertTree(name, RepoFiles.corpus(name + ".pdf"));
    }

    private static void assertTree(String expectedName, Path file) throws IOException {
        ReportDocument report = Extracted.report(file);
        String expected = Files.readString(RepoFiles.fixture("sections/" + expectedName + ".txt"), StandardCharsets.UTF_8);
        assertEquals(comparable(expected), comparable(Outline.of(report.sections())),
                "section tree of " + file.getFileName() + " (expected fixtures/sections/" + expectedName + ".txt)");
    }

    /** Lines with whitespace inside titles removed, keeping the indentation that carries the tree. */
    private static String comparable(String outline) {
        StringBuilder out = new StringBuilder();
        for (String line : outline.strip().split("\n")) {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            out.append(indent).append(line.strip().replaceAll("\\s+", "")).append('\n');
        }
        return out.toString();
    }
}
