package org.juesuan.extractor.extract.table;

import org.juesuan.extractor.testing.RepoFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table transcribed by hand from a PDF's page images (fixtures/tables/*.tsv, format in that folder's README):
 * title, unit, pages, the value columns' printed headers and the rows (code, name, values as printed).
 */
record ExpectedTable(String pdf, String kind, String title, String unit, List<Integer> pages, List<String> headers,
                     List<Row> rows) {
    record Row(String code, String name, List<String> values) {
    }

    static ExpectedTable load(String pdf, String kind) throws IOException {
        Path file = RepoFiles.fixture("tables/" + pdf.replace(".pdf", "") + "." + kind + ".tsv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String title = lines.get(0).split("\t", -1)[1];
        String unit = lines.get(1).split("\t", -1)[1];
        List<Integer> pages = Arrays.stream(lines.get(2).split("\t", -1)[1].split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        String[] header = lines.get(3).split("\t", -1);
        List<String> headers = List.of(header).subList(2, header.length);
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(4, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            List<String> values = new ArrayList<>(List.of(cells).subList(2, cells.length));
            while (values.size() < headers.size()) {
                values.add("");
            }
            rows.add(new Row(cells[0], cells[1], values));
        }
        return new ExpectedTable(pdf, kind, title, unit, pages, headers, rows);
    }
}
