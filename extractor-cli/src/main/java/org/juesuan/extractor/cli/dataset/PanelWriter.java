package org.juesuan.extractor.cli.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes the built resources (schema {@link PanelBuilder#SCHEMA}) into the panel directory: {@code <name>.csv}
 * (UTF-8, a header line, rows in primary-key order; optionally with a byte order mark for Excel),
 * {@code <name>.parquet}, and {@code datapackage.json}.
 */
public final class PanelWriter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private PanelWriter() {
    }

    public static void write(DuckDBConnection connection, List<PanelResource> resources, Path dir, boolean bom)
            throws SQLException, IOException {
        Files.createDirectories(dir);
        try (Statement statement = connection.createStatement()) {
            for (PanelResource resource : resources) {
                String rows = "(SELECT * FROM " + PanelBuilder.SCHEMA + "." + resource.name() + " ORDER BY "
                        + String.join(", ", resource.primaryKey().stream().map(k -> "\"" + k + "\"").toList()) + ")";
                Path csv = dir.resolve(resource.name() + ".csv").toAbsolutePath();
                statement.execute("COPY " + rows + " TO " + PanelResources.literal(csv.toString())
                        + " (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '\"', NULL '')");
                if (bom) {
                    prependBom(csv);
                }
                Path parquet = dir.resolve(resource.name() + ".parquet").toAbsolutePath();
                statement.execute("COPY " + rows + " TO " + PanelResources.literal(parquet.toString())
                        + " (FORMAT parquet, COMPRESSION zstd)");
            }
            Integer first = null;
            Integer last = null;
            try (ResultSet rs = statement.executeQuery("SELECT min(fiscal_year), max(fiscal_year) FROM "
                    + PanelBuilder.SCHEMA + ".reports")) {
                if (rs.next()) {
                    first = (Integer) rs.getObject(1);
                    last = (Integer) rs.getObject(2);
                }
            }
            ObjectNode descriptor = PanelDescriptor.of(resources, first, last, bom);
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("datapackage.json").toFile(),
                    descriptor);
        }
    }

    private static void prependBom(Path csv) throws IOException {
        Path tmp = csv.resolveSibling(csv.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp); InputStream in = Files.newInputStream(csv)) {
            out.write(BOM);
            in.transferTo(out);
        }
        Files.move(tmp, csv, StandardCopyOption.REPLACE_EXISTING);
    }
}
