package org.juesuan.extractor.cli.view;

import org.juesuan.extractor.cli.CliRun;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.juesuan.extractor.model.ReportDocument;
import org.juesuan.extractor.pipeline.ExtractionOutcome;
import org.juesuan.extractor.testing.Extracted;
import org.juesuan.extractor.testing.RepoFiles;
import org.juesuan.extractor.write.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code view} on extract's outputs: one page for one JSON, a site with an index for a directory. */
class ViewCommandTest {
    private static final String SEED = "001_ac178a9e9dd67b94";
    private static final String SHANGHAI = "sh-putuo-shehuigongzuobu-2024";

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void outputs() throws IOException {
        out = tmp.resolve("out");
        ReportJson.write(Extracted.report(RepoFiles.corpus(SEED + ".txt")), out.resolve(SEED + ".json"));
        ReportJson.write(Extracted.report(RepoFiles.corpus(SHANGHAI + ".pdf")), out.resolve(SHANGHAI + ".json"));
        ExtractionOutcome empty = Extracted.outcome(RepoFiles.fixture("bad/empty.txt"));
        ReportJson.write(((ExtractionOutcome.Failure) empty).error(), out.resolve("empty.json"));
        Files.writeString(out.resolve("_summary.json"), "{\"inputs\": 3}");
    }

    static CliRun view(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "view";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    @Test
    void aDirectoryBecomesAnIndexAndOnePagePerReport() throws IOException {
        Path site = tmp.resolve("site");
        CliRun run = view(out.toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("wrote 2 report pages"), run.out());

        HtmlTree.Element index = HtmlTree.parse(Files.readString(site.resolve("index.html")));
        List<HtmlTree.Element> rows = index.all(e -> e.name.equals("tr") && e.ancestor(p -> p.name.equals("tbody")) != null);
        assertEquals(3, rows.size(), "one row per output record; _summary.json is not one");
        List<List<String>> cells = rows.stream()
                .map(r -> r.all(e -> e.name.equals("td")).stream().map(HtmlTree.Element::text).toList()).toList();
        ReportDocument seed = Extracted.report(RepoFiles.corpus(SEED + ".txt"));
        assertEquals(List.of("攀枝花市人大常委会办公室", "2021", "部门决算", String.valueOf(seed.facts().size()),
                String.valueOf(seed.findings().size()), "2", SEED + ".txt"), cells.get(0));
        assertTrue(cells.get(1).get(0).contains("empty-file"), cells.get(1).toString());
        assertEquals("empty.txt", cells.get(1).get(6));
        assertEquals(List.of("中共上海市普陀区委社会工作部", "2024", "部门决算"), cells.get(2).subList(0, 3));

        for (String stem : List.of(SEED, SHANGHAI)) {
            HtmlTree.Element link = index.all(e -> ("reports/" + stem + ".html").equals(e.attr("href"))).get(0);
            assertEquals("td", link.parent.name);
            Path page = site.resolve("reports").resolve(stem + ".html");
            HtmlTree.Element parsed = HtmlTree.parse(Files.readString(page));
            assertEquals("../index.html", parsed.all(e -> e.hasClass("back")).get(0).attr("href"));
        }
        assertEquals(List.of("number"), index.all(e -> e.name.equals("th") && e.text().startsWith("年度"))
                .stream().map(e -> e.attr("data-type")).toList());
    }

    @Test
    void oneJsonBecomesOnePage() throws IOException {
        Path page = tmp.resolve("pages/seed.html");
        CliRun run = view(out.resolve(SEED + ".json").toString(), "--out", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(page);
        assertTrue(html.contains("<title>攀枝花市人大常委会办公室 2021年度 部门决算</title>"));
        assertEquals(Extracted.report(RepoFiles.corpus(SEED + ".txt")).facts().size(),
                HtmlTree.parse(html).all(e -> e.attributes.containsKey("data-fact")).size());
    }

    @Test
    void aRecordWithoutTablesFromSchema10IsShown() throws IOException {
        ObjectNode record = (ObjectNode) ReportJson.mapper().readTree(out.resolve(SEED + ".json").toFile());
        record.put("schemaVersion", "1.0");
        record.remove("tables");
        Path old = tmp.resolve("old.json");
        ReportJson.write(record, old);
        CliRun run = view(old.toString(), "--out", tmp.resolve("old.html").toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void anErrorRecordOrSomethingElseIsRefused() throws IOException {
        CliRun error = view(out.resolve("empty.json").toString(), "--out", tmp.resolve("e.html").toString());
        assertEquals(1, error.exitCode());
        assertTrue(error.err().contains("an error record (empty-file"), error.err());
        assertTrue(Files.notExists(tmp.resolve("e.html")));

        CliRun missing = view(tmp.resolve("nothing.json").toString(), "--out", tmp.resolve("n.html").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("does not exist"), missing.err());

        Path other = tmp.resolve("other.json");
        Files.writeString(other, "{\"a\": 1}");
        CliRun notOurs = view(other.toString(), "--out", tmp.resolve("o.html").toString());
        assertEquals(2, notOurs.exitCode());
        assertTrue(notOurs.err().contains("not an extractor output"), notOurs.err());

        CliRun noOut = view(out.toString());
        assertEquals(2, noOut.exitCode());
    }
}
