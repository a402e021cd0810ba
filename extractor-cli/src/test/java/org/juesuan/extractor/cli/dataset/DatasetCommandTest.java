package org.juesuan.extractor.cli.dataset;

import org.juesuan.extractor.cli.CliRun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dataset} over the real outputs of corpora/ (five Sichuan narratives, three Shanghai PDFs with their 决算表,
 * the blank template), two of the seeds again as .docx and a broken file. Expected figures were read off the
 * documents: the 一般公共预算财政拨款支出决算表 on page 15 of sh-putuo-caizhengju-2024.pdf and the 情况说明 of seed 001.
 */
class DatasetCommandTest {
    private static final String CAIZHENGJU = "sh-putuo-caizhengju-2024.pdf";
    private static final String SEED_001 = "001_ac178a9e9dd67b94";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path panel;
    static Path panelWithBom;
    static String datasetErr;

    @BeforeAll
    static void extractAndBuild() throws IOException {
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("extract", RepoFiles.root().resolve("corpora").toString(),
                RepoFiles.fixture("seeds/" + SEED_001 + ".docx").toString(),
                RepoFiles.fixture("seeds/003_452dfb289bf64cc2.docx").toString(),
                RepoFiles.fixture("bad/empty.txt").toString(),
                "--out", out.toString(), "--isolation", "none", "-q"));
        CliRun extract = run(args.toArray(String[]::new));
        assertEquals(1, extract.exitCode(), extract.err()); // empty.txt gives an error record
        panel = tmp.resolve("panel");
        CliRun dataset = run("dataset", out.toString(), "--out", panel.toString());
        assertEquals(0, dataset.exitCode(), dataset.err());
        datasetErr = dataset.err();
        panelWithBom = tmp.resolve("panel-bom");
        CliRun bom = run("dataset", out.toString(), "--out", panelWithBom.toString(), "--bom");
        assertEquals(0, bom.exitCode(), bom.err());
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The result of {@code query PANEL SQL} as CSV lines. */
    private static List<String> query(String sql) {
        CliRun run = run("query", panel.toString(), sql, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().toList();
    }

    private static JsonNode descriptor(Path dir) throws IOException {
        return JSON.readTree(dir.resolve("datapackage.json").toFile());
    }

    private static JsonSchema profile(String name) throws IOException {
        try (InputStream in = DatasetCommandTest.class.getResourceAsStream("/frictionless/" + name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    @Test
    void datapackageJsonIsATabularAndAFiscalDataPackage() throws IOException {
        for (Path dir : List.of(panel, panelWithBom)) {
            JsonNode descriptor = descriptor(dir);
            for (String profile : List.of("tabular-data-package.json", "fiscal-data-package.json")) {
                Set<ValidationMessage> errors = profile(profile).validate(descriptor);
                assertEquals(Set.of(), errors, profile);
            }
            assertEquals(List.of("departments", "reports", "expenditure_by_function", "expenditure_by_economic_class",
                            "income", "three_public", "other_figures", "findings"),
                    names(descriptor.path("resources")));
            for (JsonNode resource : descriptor.path("resources")) {
                assertTrue(Files.isRegularFile(dir.resolve(resource.path("path").asText())));
                assertTrue(Files.isRegularFile(dir.resolve(resource.path("parquetPath").asText())));
            }
            JsonNode total = descriptor.at("/model/measures/function_total");
            assertEquals("CNY", total.path("currency").asText());
            assertEquals(1, total.path("factor").asInt());
            assertEquals("executed", total.path("phase").asText());
        }
        // the schema check is not vacuous: a descriptor without its profile or with a bad resource name fails
        JsonNode broken = descriptor(panel).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken).remove("profile");
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("resources").get(0)).put("name", "Bad Name");
        assertEquals(2, profile("tabular-data-package.json").validate(broken).size());
    }

    private static List<String> names(JsonNode resources) {
        List<String> names = new ArrayList<>();
        resources.forEach(r -> names.add(r.path("name").asText()));
        return names;
    }

    @Test
    void everyCsvMatchesItsTableSchemaWithItsKeys() throws IOException {
        assertEquals(List.of(), TableSchemaCheck.check(panel, descriptor(panel)));
        assertEquals(List.of(), TableSchemaCheck.check(panelWithBom, descriptor(panelWithBom)));
        // and the check finds what is wrong: a duplicated row breaks the primary key, an unknown report a foreign key
        Path broken = tmp.resolve("broken");
        Files.createDirectories(broken);
        for (JsonNode resource : descriptor(panel).path("resources")) {
            String file = resource.path("path").asText();
            Files.copy(panel.resolve(file), broken.resolve(file));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(broken.resolve("income.csv")));
        lines.add(lines.get(1));
        lines.add("feed" + lines.get(1).substring(lines.get(1).indexOf(',')));
        Files.write(broken.resolve("income.csv"), lines);
        List<String> problems = TableSchemaCheck.check(broken, descriptor(panel));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("primary key"), problems.toString());
        assertTrue(problems.get(1).contains("is not in reports"), problems.toString());
    }

    @Test
    void csvWithBomStartsWithTheMarkAndSaysSo() throws IOException {
        byte[] start = new byte[3];
        try (InputStream in = Files.newInputStream(panelWithBom.resolve("reports.csv"))) {
            assertEquals(3, in.read(start));
        }
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, start);
        assertEquals("utf-8-sig", descriptor(panelWithBom).at("/resources/0/encoding").asText());
        assertTrue(Files.readString(panel.resolve("reports.csv")).startsWith("report_id,"));
        assertEquals("utf-8", descriptor(panel).at("/resources/0/encoding").asText());
    }

    @Test
    void reportsHaveOneRowPerFileWithStableDepartmentIds() {
        assertTrue(datasetErr.contains("reports 12"), datasetErr);
        assertEquals(List.of("source_file,department,fiscal_year,kind,region,status,template,preferred",
                        "000_b5790c93cfb4a072.txt,政协攀枝花市委员会办公室,2021,部门决算,攀枝花市,report,false,true",
                        "001_ac178a9e9dd67b94.docx,攀枝花市人大常委会办公室,2021,部门决算,攀枝花市,report,false,true",
                        "001_ac178a9e9dd67b94.txt,攀枝花市人大常委会办公室,2021,部门决算,攀枝花市,report,false,false",
                        "003_452dfb289bf64cc2.docx,中共攀枝花市委办公室,2020,单位决算,攀枝花市,report,false,true",
                        "003_452dfb289bf64cc2.txt,中共攀枝花市委办公室,2020,单位决算,攀枝花市,report,false,false",
                        "empty.txt,,,,,error,,",
                        "sh-bumen-juesuan-template-2024.pdf,,2024,部门决算,,report,true,",
                        "sh-putuo-shehuigongzuobu-2024.pdf,中共上海市普陀区委社会工作部,2024,部门决算,上海市普陀区,report,false,true"),
                query("SELECT source_file, department, fiscal_year, kind, region, status, template, preferred FROM reports "
                        + "WHERE source_file SIMILAR TO '00[013].*|empty.*|sh-bumen.*|sh-putuo-she.*' ORDER BY source_file"));
        // one file of a report is preferred: the one with the most facts, on a tie (102 each here) the first by name
        assertEquals(List.of("department_id,files,preferred"), query("SELECT department_id, count(*) AS files, "
                + "count(*) FILTER (WHERE preferred) AS preferred FROM reports WHERE department_id IS NOT NULL "
                + "GROUP BY ALL HAVING preferred <> 1"));
        assertEquals(List.of("facts", "102", "102"), query("SELECT facts FROM reports WHERE source_file LIKE '001%'"));
        // the same department in two files (two formats of one report) has one id; the 中共 prefix is not part of it
        assertEquals(List.of("department_id,name,names_printed,reports",
                        DepartmentNames.id("攀枝花市委办公室") + ",攀枝花市委办公室,中共攀枝花市委办公室,2",
                        DepartmentNames.id("攀枝花市人大常委会办公室") + ",攀枝花市人大常委会办公室,攀枝花市人大常委会办公室,2"),
                query("SELECT department_id, name, names_printed, reports FROM departments WHERE reports > 1 ORDER BY reports, "
                        + "name = '攀枝花市人大常委会办公室'"));
        assertEquals(List.of("n", "8"), query("SELECT count(*) AS n FROM departments"));
    }

    @Test
    void tableFiguresOfAShanghaiReportAsPrinted() {
        // 一般公共预算财政拨款支出决算表, page 15: 201 2,106.66 | 1,503.52 | 603.14; 20106 the same; 2010601 行政运行
        // 1,511.89 | 1,503.52 | 8.37; 208 社会保障和就业支出 326.72 | 326.72 | (blank); 合计 2,940.05
        assertEquals(List.of("code,level,parent_code,name_printed,total,basic,project,source,children_sum,breakdown",
                        "201,类,,一般公共服务支出,21066600.00,15035200.00,6031400.00,table,21066600.00,complete",
                        "20106,款,201,财政事务,21066600.00,15035200.00,6031400.00,table,21066600.00,complete",
                        "2010601,项,20106,行政运行,15118900.00,15035200.00,83700.00,table,,",
                        "208,类,,社会保障和就业支出,3267200.00,3267200.00,,table,3267200.00,complete"),
                query("SELECT code, level, parent_code, name_printed, total, basic, project, source, children_sum, breakdown "
                        + "FROM expenditure_by_function JOIN reports USING (report_id) WHERE source_file = '" + CAIZHENGJU
                        + "' AND scope = 'gpb' AND code IN ('201', '20106', '2010601', '208') ORDER BY code"));
        assertEquals(List.of("item,value,source", "gpb.expenditure,29400500.00,table"),
                query("SELECT item, value, source FROM other_figures JOIN reports USING (report_id) WHERE source_file = '"
                        + CAIZHENGJU + "' AND item = 'gpb.expenditure'"));
    }

    @Test
    void narrativeFiguresWhereTheReportHasNoTableAndTheirHierarchyFlag() {
        // seed 001's 情况说明: 一般公共服务（类）1630.16万元 = its eight 项 (1273.96 + 170.51 + 100 + 15.46 + 8.49 + 24.06
        // + 35.97 + 1.71); 社会保障和就业（类）352.95万元, of which the report lists 项 of 253.12 + 19.70 + 0.50 = 273.32
        assertEquals(List.of("code,level,name_classification,total,children_sum,breakdown,source",
                        "201,类,一般公共服务支出,16301600.00,16301600.00,complete,narrative",
                        "2010101,项,行政运行,12739600.00,,,narrative",
                        "208,类,社会保障和就业支出,3529500.00,2733200.00,incomplete,narrative"),
                query("SELECT code, level, name_classification, total, children_sum, breakdown, source "
                        + "FROM expenditure_by_function JOIN reports USING (report_id) WHERE source_file = '" + SEED_001
                        + ".txt' AND code IN ('201', '2010101', '208') ORDER BY code"));
        // seed 000 prints 社会保障和就业支出 as 448.65元 among 万元 figures: its 项 add up to more
        assertEquals(List.of("total,breakdown", "448.65,exceeds"),
                query("SELECT total, breakdown FROM expenditure_by_function JOIN reports USING (report_id) "
                        + "WHERE source_file = '000_b5790c93cfb4a072.txt' AND code = '208'"));
    }

    @Test
    void noFigureIsCountedTwice() {
        // reports with the 决算表 take their breakdown from it alone, so Σ 类 is the table's 合计 (page 15 prints the
        // 类 2,106.66 + 326.72 + 60.99 + 445.69 = 2,940.06 and the 合计 2,940.05: the parts are rounded)
        assertEquals(List.of("sources,classes,gpb_expenditure", "table,29400600.00,29400500.00"),
                query("SELECT string_agg(DISTINCT f.source) AS sources, sum(total) AS classes, any_value(o.value) "
                        + "AS gpb_expenditure FROM expenditure_by_function f JOIN reports USING (report_id) "
                        + "JOIN other_figures o USING (report_id) WHERE scope = 'gpb' AND level = '类' "
                        + "AND o.item = 'gpb.expenditure' AND source_file = '" + CAIZHENGJU + "'"));
        assertEquals(List.of("source_file,sources,within_rounding",
                        "sh-putuo-caizhengju-2024.pdf,table,true",
                        "sh-putuo-guihuaziyuan-2024.pdf,table,true",
                        "sh-putuo-shehuigongzuobu-2024.pdf,table,true"),
                query("SELECT source_file, string_agg(DISTINCT f.source) AS sources, "
                        + "abs(sum(total) - any_value(o.value)) <= 100 * count(*) AS within_rounding "
                        + "FROM expenditure_by_function f JOIN reports USING (report_id) JOIN other_figures o USING (report_id) "
                        + "WHERE scope = 'gpb' AND level = '类' AND o.item = 'gpb.expenditure' AND source_file LIKE 'sh-putuo%' "
                        + "GROUP BY ALL ORDER BY 1"));
        // narratives state some figures more than once: one row each
        for (String table : List.of("other_figures", "income", "three_public")) {
            assertEquals(List.of("same", "true"), query("SELECT count(*) = count(DISTINCT (report_id, item)) AS same FROM "
                    + table), table);
        }
    }

    @Test
    void queryReadsThePackageAndAnswersTheReadmeQuestion() {
        assertEquals(List.of("department,share_pct", "上海市普陀区财政局,71.65"),
                query("SELECT r.department, round(100 * f.total / o.value, 2) AS share_pct FROM expenditure_by_function f "
                        + "JOIN reports r USING (report_id) JOIN other_figures o USING (report_id) "
                        + "WHERE f.scope = 'gpb' AND f.code = '201' AND o.item = 'gpb.expenditure' AND r.source_file = '"
                        + CAIZHENGJU + "'"));
        // the tables query loads are the package's resources (from Parquet), with the CSVs' row counts
        Map<String, Integer> csvRows = new java.util.LinkedHashMap<>();
        for (String name : List.of("reports", "expenditure_by_function", "findings")) {
            try {
                csvRows.put(name, TableSchemaCheck.read(panel.resolve(name + ".csv")).size());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertEquals(List.of("reports,expenditure_by_function,findings",
                        csvRows.values().stream().map(String::valueOf).collect(Collectors.joining(","))),
                query("SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM expenditure_by_function) "
                        + "AS expenditure_by_function, (SELECT count(*) FROM findings) AS findings"));
        assertNotEquals(0, csvRows.get("findings"));
    }

    @Test
    void queryReadsAPackageWithoutParquetFromItsCsvsWithTheSchemaTypes() throws IOException {
        Path csvOnly = Files.createDirectories(tmp.resolve("csv-only"));
        try (var files = Files.list(panelWithBom)) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".parquet")).toList()) {
                Files.copy(file, csvOnly.resolve(file.getFileName()));
            }
        }
        CliRun run = run("query", csvOnly.toString(), "SELECT any_value(typeof(total)) AS type, sum(total) AS total FROM "
                + "expenditure_by_function JOIN reports USING (report_id) WHERE source_file = '" + CAIZHENGJU
                + "' AND scope = 'gpb' AND level = '类'", "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("type,total", "\"DECIMAL(20,2)\",29400600.00"), run.out().lines().toList());
    }

    @Test
    void aDirectoryWithoutOutputsIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("nothing"));
        CliRun run = run("dataset", empty.toString(), "--out", tmp.resolve("p").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no extractor output"), run.err());
    }
}
