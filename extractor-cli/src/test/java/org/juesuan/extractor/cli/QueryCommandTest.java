package org.juesuan.extractor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.juesuan.extractor.testing.RepoFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code query} over a small extracted corpus: two narratives, one Shanghai PDF and one broken file. */
class QueryCommandTest {
    private static final String PUTUO = "sh-putuo-shehuigongzuobu-2024";

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void extract() {
        out = tmp.resolve("out");
        CliRun run = CliRun.of("extract", RepoFiles.corpus(PUTUO + ".pdf").toString(),
                RepoFiles.corpus("001_ac178a9e9dd67b94.txt").toString(),
                RepoFiles.corpus("003_452dfb289bf64cc2.txt").toString(),
                RepoFiles.fixture("bad/empty.txt").toString(),
                "--out", out.toString(), "--isolation", "none", "-q");
        assertEquals(1, run.exitCode(), run.err()); // the broken file gives an error record
    }

    private static CliRun query(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "query";
        all[1] = out.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    private static List<String> csv(String sql) {
        CliRun run = query(sql, "--format", "csv");
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().toList();
    }

    @Test
    void reportsHasOneRowPerOutputFileIncludingTheErrorRecord() {
        assertEquals(List.of(
                "file,format,pages,department,fiscal_year,kind,template,status,error_type,facts,sections",
                "001_ac178a9e9dd67b94.txt,txt,,攀枝花市人大常委会办公室,2021,部门决算,false,report,,102,77",
                "003_452dfb289bf64cc2.txt,txt,,中共攀枝花市委办公室,2020,单位决算,false,report,,112,75",
                "empty.txt,txt,,,,,,error,empty-file,,",
                PUTUO + ".pdf,pdf,24,中共上海市普陀区委社会工作部,2024,部门决算,false,report,,277,32"),
                csv("SELECT file, format, pages, department, fiscal_year, kind, template, status, error_type, facts, "
                        + "sections FROM reports ORDER BY file"));
        // one findings row per finding of the records (none before the validator, some after)
        assertEquals(List.of("same", "true"), csv("SELECT (SELECT coalesce(sum(findings), 0) FROM reports) "
                + "= (SELECT count(*) FROM findings) AS same"));
        assertEquals(List.of("error_message", "the file is empty (0 bytes)"),
                csv("SELECT error_message FROM reports WHERE status = 'error'"));
    }

    @Test
    void factsAreTheLongTableWithExactMoneyAndProvenance() {
        assertEquals(List.of("n", "491"), csv("SELECT count(*) AS n FROM facts"));
        assertEquals(List.of("value,unit,raw,section,page,label",
                        "513200.00,yuan,51.32 万元,3.5.3,18,一般公共服务支出/社会工作事务/行政运行"),
                csv("SELECT value, unit, raw, section, page, label FROM facts WHERE file = '" + PUTUO + ".pdf' "
                        + "AND key = 'gpb.item' AND code = '2013901'"));
        // the same 项 as the 一般公共预算财政拨款支出决算表 prints it on page 12
        assertEquals(List.of("value,raw,source,page", "513200.00,51.32,table,12"),
                csv("SELECT value, raw, source, page FROM facts WHERE file = '" + PUTUO + ".pdf' "
                        + "AND key = 'table.gpbExpenditure.total' AND code = '2013901'"));
        // exact decimals: the parts add up to the cent
        assertEquals(List.of("t", "\"DECIMAL(38,2)\""), csv("SELECT typeof(sum(value)) AS t FROM facts"));
        // string facts keep their value as text
        assertEquals(List.of("value,value_text", ",中共上海市普陀区委社会工作部"),
                csv("SELECT value, value_text FROM facts WHERE file = '" + PUTUO + ".pdf' AND key = 'report.department'"));
        // the quote contains the raw characters
        assertEquals(List.of("bad", "0"), csv("SELECT count(*) AS bad FROM facts WHERE NOT contains(quote, raw)"));
    }

    @Test
    void sectionsAreTheFlattenedTreeAndFindingsToleratesNone() {
        assertEquals(List.of("n,roots,statements", "184,13,23"),
                csv("SELECT count(*) AS n, count(*) FILTER (parent_id IS NULL) AS roots, "
                        + "count(table_kind) AS statements FROM sections"));
        assertEquals(List.of("id,kind,parent_id,level", "3.5.3,GPB_EXPENDITURE_DETAIL,3.5,3"),
                csv("SELECT id, kind, parent_id, level FROM sections WHERE file = '" + PUTUO + ".pdf' AND id = '3.5.3'"));
        assertEquals(List.of("n", "0"), csv("SELECT count(*) AS n FROM findings WHERE file IS NULL OR rule IS NULL"));
    }

    @Test
    void findingsGetAColumnForEveryFieldPresent(@TempDir Path dir) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode record = (ObjectNode) mapper.readTree(out.resolve("001_ac178a9e9dd67b94.json").toFile());
        record.set("findings", mapper.readTree("[ {\"rule\": \"sum.income\", \"severity\": \"error\", "
                + "\"message\": \"收入合计不等于各项之和\", \"messageEn\": \"income parts do not add up\", "
                + "\"expected\": 100.5, \"factKeys\": [\"income.total\"]}, "
                + "{\"rule\": \"x\", \"severity\": \"info\", \"message\": \"m\"} ]"));
        mapper.writeValue(dir.resolve("001.json").toFile(), record);
        CliRun run = CliRun.of("query", dir.toString(), "--format", "csv",
                "SELECT rule, severity, message_en, expected, fact_keys, finding->>'$.rule' AS r FROM findings ORDER BY rule");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("rule,severity,message_en,expected,fact_keys,r",
                "sum.income,error,income parts do not add up,100.5,\"[\"\"income.total\"\"]\",sum.income",
                "x,info,,,,x"), run.out().lines().toList());
    }

    @Test
    void printsAnAlignedTableByDefault() {
        CliRun run = query("SELECT department, fiscal_year, facts FROM reports WHERE status = 'report' ORDER BY file");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("department                    fiscal_year  facts", lines.get(0));
        assertEquals("----------------------------  -----------  -----", lines.get(1));
        assertEquals("攀枝花市人大常委会办公室             2021    102", lines.get(2));
        assertEquals("中共上海市普陀区委社会工作部         2024    277", lines.get(4));
        assertEquals("(3 rows)", lines.get(5));
    }

    @Test
    void printsJsonAndMarkdown() {
        CliRun json = query("SELECT key, code, value, page FROM facts WHERE file = '" + PUTUO + ".pdf' "
                + "AND key = 'gpb.item' AND code = '2013901'", "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertEquals("[ {\n  \"key\" : \"gpb.item\",\n  \"code\" : \"2013901\",\n  \"value\" : 513200.00,\n"
                + "  \"page\" : 18\n} ]", json.out().strip().replace("\r\n", "\n"));
        CliRun md = query("SELECT status, count(*) AS n FROM reports GROUP BY status ORDER BY status", "-f", "markdown");
        assertEquals(0, md.exitCode(), md.err());
        assertEquals(List.of("| status |   n |", "| ------ | --: |", "| error  |   1 |", "| report |   3 |"),
                md.out().lines().toList());
    }

    @Test
    void savesTheTablesIntoADuckDbFile() throws Exception {
        Path db = tmp.resolve("saved/q.duckdb");
        CliRun run = query("--save", db.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().matches("(?s)saved reports \\(4 rows\\), facts \\(491 rows\\), findings \\(\\d+ rows\\), "
                + "sections \\(184 rows\\) to .*q\\.duckdb\\s*"), run.err());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM reports), (SELECT count(*) FROM facts), "
                     + "(SELECT count(*) FROM sections), (SELECT sum(value) FROM facts WHERE code = '2013901' "
                     + "AND key = 'gpb.item')")) {
            rs.next();
            assertEquals(4, rs.getLong(1));
            assertEquals(491, rs.getLong(2));
            assertEquals(184, rs.getLong(3));
            assertEquals("513200.00", rs.getBigDecimal(4).toPlainString());
        }
    }

    @Test
    void exportsParquetThatReadsBack() throws Exception {
        Path dir = tmp.resolve("parquet");
        CliRun run = query("--parquet", dir.toString(), "SELECT count(*) AS n FROM reports", "-f", "csv");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("n", "4"), run.out().lines().toList());
        for (String table : List.of("reports", "facts", "findings", "sections")) {
            assertTrue(Files.size(dir.resolve(table + ".parquet")) > 0, table);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), typeof(any_value(value)) FROM read_parquet('"
                     + dir.resolve("facts.parquet") + "')")) {
            rs.next();
            assertEquals(491, rs.getLong(1));
            assertEquals("DECIMAL(20,2)", rs.getString(2));
        }
    }

    @Test
    void badSqlIsOneClearLine() {
        CliRun run = query("SELECT nope FROM facts");
        assertEquals(2, run.exitCode());
        assertEquals("error: SQL: Binder Error: Referenced column \"nope\" not found in FROM clause!",
                run.err().lines().findFirst().orElseThrow().replaceAll(" Candidate bindings.*", ""));
        assertEquals(1, run.err().lines().count(), run.err());
        assertFalse(run.err().contains("at org."), run.err());
        CliRun syntax = query("SELEC 1");
        assertEquals(2, syntax.exitCode());
        assertEquals("error: SQL: Parser Error: syntax error at or near \"SELEC\"", syntax.err().strip());
    }

    @Test
    void refusesAMissingOrEmptyDirectory(@TempDir Path empty) throws Exception {
        CliRun missing = CliRun.of("query", empty.resolve("nope").toString(), "SELECT 1");
        assertEquals(2, missing.exitCode());
        assertEquals("error: output directory does not exist: " + empty.resolve("nope"), missing.err().strip());
        Files.writeString(empty.resolve("_summary.json"), "{}");
        CliRun none = CliRun.of("query", empty.toString(), "SELECT 1");
        assertEquals(2, none.exitCode());
        assertTrue(none.err().startsWith("error: no extractor output (*.json) in " + empty), none.err());
        assertEquals(1, none.err().lines().count(), none.err());
        CliRun noSql = query();
        assertEquals(2, noSql.exitCode());
        assertTrue(noSql.err().startsWith("error: give the SQL to run"), noSql.err());
    }

    @Test
    void refusesOutputsOfAnotherSchemaVersion(@TempDir Path dir) throws Exception {
        String record = Files.readString(out.resolve("empty.json"), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\" : \"1.1\"", "\"schemaVersion\" : \"2.0\"");
        Files.writeString(dir.resolve("empty.json"), record, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("query", dir.toString(), "SELECT 1");
        assertEquals(2, run.exitCode());
        assertEquals("error: empty.json: schema version 2.0 is not supported (this extractor reads 1.0, 1.1); "
                + "re-run extract with this version to convert the inputs", run.err().strip());
        Files.writeString(dir.resolve("empty.json"), "{\"a\": 1}");
        CliRun foreign = CliRun.of("query", dir.toString(), "SELECT 1");
        assertEquals(2, foreign.exitCode());
        assertTrue(foreign.err().startsWith("warning: skipped empty.json: not an extractor output"), foreign.err());
        assertTrue(foreign.err().contains("error: no extractor output (*.json) in " + dir), foreign.err());
    }
}
