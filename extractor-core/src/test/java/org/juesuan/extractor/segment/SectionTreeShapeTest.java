package org.juesuan.extractor.segment;

import org.juesuan.extractor.model.Block;
import org.juesuan.extractor.model.ParagraphBlock;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.model.Section;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Offsets, ids and levels of every real report's tree, and the 目录 of the Shanghai PDFs. */
class SectionTreeShapeTest {

    static Stream<Path> reports() {
        return ExpectedTreesTest.allReports().map(a -> (Path) a.get()[1]);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyCharacterAfterTheFirstHeadingBelongsToExactlyOneSection(Path file) {
        ReportDocument report = Extracted.report(file);
        List<Section> sections = report.sections();
        assertFalse(sections.isEmpty(), file + " has no sections");
        int length = report.text().length();
        // owner[i]: how many sections hold offset i as their own text (their range minus their children's)
        int[] owners = new int[length];
        int[] leaves = new int[length];
        for (Section s : flatten(sections)) {
            assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= length, s.id() + " " + s.title());
            for (int i = s.start(); i < s.end(); i++) {
                if (s.children().isEmpty()) {
                    leaves[i]++;
                }
                if (!inChild(s, i)) {
                    owners[i]++;
                }
            }
        }
        for (int i = sections.get(0).start(); i < length; i++) {
            if (owners[i] != 1 || leaves[i] > 1) {
                fail(file.getFileName() + ": offset " + i + " belongs to " + owners[i] + " sections, " + leaves[i]
                        + " leaves: " + report.text().substring(i, Math.min(length, i + 20)));
            }
        }
        assertEquals(length, sections.get(sections.size() - 1).end(), "the last part runs to the end of the text");
    }

    @ParameterizedTest
    @MethodSource("reports")
    void childrenTileTheirParentAfterItsHeading(Path file) {
        check(Extracted.report(file).sections(), "", 1);
    }

    private static void check(List<Section> siblings, String prefix, int level) {
        for (int i = 0; i < siblings.size(); i++) {
            Section s = siblings.get(i);
            assertEquals(prefix + (i + 1), s.id());
            assertEquals(level, s.level(), s.id());
            if (i + 1 < siblings.size()) {
                assertEquals(s.end(), siblings.get(i + 1).start(), "siblings " + s.id() + " and the next are contiguous");
            }
            if (!s.children().isEmpty()) {
                assertTrue(s.start() < s.children().get(0).start(), s.id() + " starts with its own heading");
                assertEquals(s.end(), s.children().get(s.children().size() - 1).end(), s.id() + " ends with its last child");
            }
            assertEquals(s.kind().equals("STATEMENT"), s.tableKind() != null, s.id() + " tableKind only on STATEMENT");
            check(s.children(), s.id() + ".", level + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everySectionStartsWithItsTitle(Path file) {
        ReportDocument report = Extracted.report(file);
        for (Section s : flatten(report.sections())) {
            String title = HeadingWords.compact(s.title());
            String at = HeadingWords.compact(report.text().substring(s.start(),
                    Math.min(report.text().length(), s.start() + s.title().length() + 10)));
            assertTrue(at.startsWith(title), file.getFileName() + " " + s.id() + ": '" + s.title() + "' but the text has '"
                    + at + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sh-putuo-caizhengju-2024", "sh-putuo-guihuaziyuan-2024", "sh-putuo-shehuigongzuobu-2024",
            "sh-bumen-juesuan-template-2024"})
    void noSectionComesFromTheTableOfContents(String name) {
        ReportDocument report = Extracted.report(RepoFiles.corpus(name + ".pdf"));
        Segmentation segmentation = new Segmenter().segment(report.text(), report.blocks(), name + ".pdf");
        TableOfContents toc = segmentation.tableOfContents().orElseThrow(() -> new AssertionError("no 目录 in " + name));
        String tocText = report.text().substring(toc.start(), toc.end());
        assertTrue(tocText.replaceAll("\\s", "").startsWith("目录"), tocText);
        assertTrue(tocText.contains("名词解释"), "the 目录 runs to its last entry: " + tocText);
        for (Section s : flatten(segmentation.sections())) {
            assertTrue(s.start() >= toc.end(), s.id() + " " + s.title() + " starts inside the 目录");
        }
        // the body repeats the 目录's entries: each known heading of the 目录 is found once, in the body
        Set<String> kinds = flatten(segmentation.sections()).stream().map(Section::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("OVERVIEW", "STATEMENTS", "EXPLANATION", "GLOSSARY")), kinds.toString());
        assertEquals(segmentation.sections(), report.sections(), "the pipeline's sections are the segmenter's");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_b5790c93cfb4a072.txt", "003_452dfb289bf64cc2.txt"})
    void documentsWithoutATableOfContentsHaveNone(String name) {
        ReportDocument report = Extracted.report(RepoFiles.corpus(name));
        assertTrue(new Segmenter().segment(report.text(), report.blocks(), name).tableOfContents().isEmpty());
    }

    private static boolean inChild(Section section, int offset) {
        for (Section child : section.children()) {
            if (child.start() <= offset && offset < child.end()) {
                return true;
            }
        }
        return false;
    }

    /** The real reports' paragraphs in a random order: no exception, and still a well-formed tree. */
    @ParameterizedTest
    @ValueSource(strings = {"000_b5790c93cfb4a072.txt", "002_0e630caa3884551f.txt", "sh-putuo-caizhengju-2024.pdf"})
    void shuffledParagraphsStillGiveAWellFormedTree(String name) {
        List<String> lines = new ArrayList<>(Extracted.paragraphs(Extracted.report(RepoFiles.corpus(name))));
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(lines, random);
            StringBuilder text = new StringBuilder();
            List<Block> blocks = new ArrayList<>();
            for (String line : lines) {
                blocks.add(new ParagraphBlock(text.length(), text.length() + line.length(), null, line, null));
                text.append(line).append('\n');
            }
            Segmentation segmentation = new Segmenter().segment(text.toString(), blocks, name);
            check(segmentation.sections(), "", 1);
            if (!segmentation.sections().isEmpty()) {
                assertEquals(text.length(), segmentation.sections().get(segmentation.sections().size() - 1).end());
            }
        }
    }

    static List<Section> flatten(List<Section> sections) {
        List<Section> all = new ArrayList<>();
        for (Section s : sections) {
            all.add(s);
            all.addAll(flatten(s.children()));
        }
        return all;
    }
}
