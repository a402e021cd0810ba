package org.juesuan.extractor.cli.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Prints a query result as an aligned table (for terminals), CSV, JSON (an array of objects) or Markdown. */
public final class ResultPrinter {
    public enum Format { table, csv, json, markdown }

    /** Longest cell in the terminal table, in display columns (CJK characters count two); longer ones are cut. */
    static final int MAX_TABLE_CELL = 60;

    private ResultPrinter() {
    }

    /** Prints {@code rs} and returns the number of rows. */
    public static int print(ResultSet rs, Format format, PrintWriter out) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> names = new ArrayList<>();
        boolean[] numeric = new boolean[n];
        for (int i = 1; i <= n; i++) {
            names.add(meta.getColumnLabel(i));
            numeric[i - 1] = isNumeric(meta.getColumnType(i));
        }
        return switch (format) {
            case json -> json(rs, names, out);
            case csv -> csv(rs, names, out);
            case table -> table(rs, names, numeric, out);
            case markdown -> markdown(rs, names, numeric, out);
        };
    }

    private static boolean isNumeric(int type) {
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.DECIMAL, Types.NUMERIC,
                    Types.FLOAT, Types.REAL, Types.DOUBLE -> true;
            default -> false;
        };
    }

    /** The cell as text: null as empty, decimals in plain notation. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static int json(ResultSet rs, List<String> names, PrintWriter out) throws SQLException, IOException {
        int rows = 0;
        try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            while (rs.next()) {
                rows++;
                json.writeStartObject();
                for (int i = 0; i < names.size(); i++) {
                    json.writeFieldName(names.get(i));
                    Object value = rs.getObject(i + 1);
                    if (value == null) {
                        json.writeNull();
                    } else if (value instanceof BigDecimal d) {
                        json.writeNumber(d);
                    } else if (value instanceof BigInteger b) {
                        json.writeNumber(b);
                    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                            || value instanceof Byte) {
                        json.writeNumber(((Number) value).longValue());
                    } else if (value instanceof Double || value instanceof Float) {
                        double d = ((Number) value).doubleValue();
                        if (Double.isFinite(d)) {
                            json.writeNumber(d);
                        } else {
                            json.writeString(Double.toString(d));
                        }
                    } else if (value instanceof Boolean b) {
                        json.writeBoolean(b);
                    } else {
                        json.writeString(value.toString());
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.println();
        out.flush();
        return rows;
    }

    private static int csv(ResultSet rs, List<String> names, PrintWriter out) throws SQLException {
        out.print(String.join(",", names.stream().map(ResultPrinter::csvField).toList()));
        out.print("\r\n");
        int rows = 0;
        List<String> fields = new ArrayList<>(names.size());
        while (rs.next()) {
            rows++;
            fields.clear();
            for (int i = 1; i <= names.size(); i++) {
                Object value = rs.getObject(i);
                fields.add(value == null ? "" : csvField(cell(value)));
            }
            out.print(String.join(",", fields));
            out.print("\r\n");
        }
        out.flush();
        return rows;
    }

    static String csvField(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    private static List<String[]> rows(ResultSet rs, int n, boolean markdown) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        while (rs.next()) {
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                String s = cell(rs.getObject(i + 1)).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ')
                        .replace('\t', ' ');
                row[i] = markdown ? s.replace("|", "\\|") : truncate(s, MAX_TABLE_CELL);
            }
            rows.add(row);
        }
        return rows;
    }

    private static int table(ResultSet rs, List<String> names, boolean[] numeric, PrintWriter out)
            throws SQLException {
        int n = names.size();
        List<String[]> rows = rows(rs, n, false);
        int[] widths = widths(names, rows, 1);
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
            line.append(i == 0 ? "" : "  ").append(pad(names.get(i), widths[i], numeric[i]));
        }
        out.println(line.toString().stripTrailing());
        line.setLength(0);
        for (int i = 0; i < n; i++) {
            line.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(line);
        for (String[] row : rows) {
            line.setLength(0);
            for (int i = 0; i < n; i++) {
                line.append(i == 0 ? "" : "  ").append(pad(row[i], widths[i], numeric[i]));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        out.flush();
        return rows.size();
    }

    private static int markdown(ResultSet rs, List<String> names, boolean[] numeric, PrintWriter out)
            throws SQLException {
        int n = names.size();
        List<String[]> rows = rows(rs, n, true);
        int[] widths = widths(names, rows, 3);
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < n; i++) {
            line.append(' ').append(pad(names.get(i).replace("|", "\\|"), widths[i], numeric[i])).append(" |");
        }
        out.println(line);
        line.setLength(0);
        line.append('|');
        for (int i = 0; i < n; i++) {
            line.append(' ').append(numeric[i] ? "-".repeat(widths[i] - 1) + ":" : "-".repeat(widths[i])).append(" |");
        }
        out.println(line);
        for (String[] row : rows) {
            line.setLength(0);
            line.append('|');
            for (int i = 0; i < n; i++) {
                line.append(' ').append(pad(row[i], widths[i], numeric[i])).append(" |");
            }
            out.println(line);
        }
        out.flush();
        return rows.size();
    }

    private static int[] widths(List<String> names, List<String[]> rows, int min) {
        int[] widths = new int[names.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(min, width(names.get(i)));
        }
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        return widths;
    }

    private static String pad(String s, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - width(s)));
        return right ? space + s : s + space;
    }

    static String truncate(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = width(cp);
            if (w + cw > max - 1) {
                break;
            }
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    /** Display width on a terminal: East Asian wide and full-width characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private static int width(int cp) {
        if (Character.getType(cp) == Character.NON_SPACING_MARK || Character.getType(cp) == Character.FORMAT) {
            return 0;
        }
        boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
