package org.o2c.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one run: a few headline values, tables and notes. The same content is printed as text and written
 * as JSON, so that what a reader sees in the terminal is what a later run is compared with.
 */
final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String scenario;
    private final Instant startedAt = Instant.now();
    private final Map<String, Object> environment = new LinkedHashMap<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, Object> headline = new LinkedHashMap<>();
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    Report(String scenario) {
        this.scenario = scenario;
    }

    /** One table: named columns, one map per row, values already rounded for reading. */
    static final class Table {
        private final String title;
        private final List<String> columns;
        private final List<Map<String, Object>> rows = new ArrayList<>();

        Table(String title, List<String> columns) {
            this.title = title;
            this.columns = columns;
        }

        Table row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException(title + ": " + values.length + " values for " + columns.size() + " columns");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(columns.get(i), values[i]);
            }
            rows.add(row);
            return this;
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    Report environment(String name, Object value) {
        environment.put(name, value);
        return this;
    }

    Report parameters(Map<String, Object> values) {
        parameters.putAll(values);
        return this;
    }

    Report headline(String name, Object value) {
        headline.put(name, value);
        return this;
    }

    Table table(String key, String title, String... columns) {
        return tables.computeIfAbsent(key, k -> new Table(title, List.of(columns)));
    }

    Report note(String text) {
        notes.add(text);
        return this;
    }

    String scenario() {
        return scenario;
    }

    void print(PrintStream out) {
        out.println();
        out.println("=== o2c bench " + scenario + " (" + startedAt.toString().substring(0, 19) + "Z, "
                + environment.getOrDefault("commit", "?") + ", " + environment.getOrDefault("cores", "?") + " cores) ===");
        for (Table table : tables.values()) {
            if (table.isEmpty()) {
                continue;
            }
            out.println();
            out.println(table.title);
            printTable(out, table);
        }
        if (!headline.isEmpty()) {
            out.println();
            out.println("Headline");
            int width = headline.keySet().stream().mapToInt(String::length).max().orElse(0);
            headline.forEach((k, v) -> out.printf("  %-" + width + "s  %s%n", k, text(v)));
        }
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(n -> out.println("* " + n));
        }
        out.println();
    }

    private static void printTable(PrintStream out, Table table) {
        int[] widths = new int[table.columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.columns.get(i).length();
            for (Map<String, Object> row : table.rows) {
                widths[i] = Math.max(widths[i], text(row.get(table.columns.get(i))).length());
            }
        }
        StringBuilder header = new StringBuilder(" ");
        for (int i = 0; i < widths.length; i++) {
            header.append(' ').append(pad(table.columns.get(i), widths[i], i > 0));
        }
        out.println(header);
        for (Map<String, Object> row : table.rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < widths.length; i++) {
                line.append(' ').append(pad(text(row.get(table.columns.get(i))), widths[i], i > 0));
            }
            out.println(line);
        }
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(Math.max(0, width - text.length()));
        return right ? spaces + text : text + spaces;
    }

    private static String text(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "-";
            }
            double abs = Math.abs(d);
            return abs >= 100 ? String.format("%.0f", d) : abs >= 10 ? String.format("%.1f", d)
                    : abs >= 0.1 || abs == 0 ? String.format("%.2f", d) : String.format("%.4f", d);
        }
        return value.toString();
    }

    /** Writes {@code <scenario>-<UTC timestamp>.json} into the folder and returns its path. */
    Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(startedAt);
        Path file = folder.resolve(scenario + "-" + stamp + ".json");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scenario", scenario);
        document.put("startedAt", startedAt.toString());
        document.put("finishedAt", Instant.now().toString());
        document.put("environment", environment);
        document.put("parameters", parameters);
        document.put("headline", clean(headline));
        Map<String, Object> tableDocument = new LinkedHashMap<>();
        tables.forEach((key, table) -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("title", table.title);
            t.put("rows", table.rows.stream().map(Report::clean).toList());
            tableDocument.put(key, t);
        });
        document.put("tables", tableDocument);
        document.put("notes", notes);
        JSON.writeValue(file.toFile(), document);
        return file;
    }

    /** NaN is not JSON: a figure that could not be measured is written as null. */
    private static Map<String, Object> clean(Map<String, Object> values) {
        Map<String, Object> cleaned = new LinkedHashMap<>();
        values.forEach((k, v) -> cleaned.put(k, v instanceof Double d && (d.isNaN() || d.isInfinite()) ? null : v));
        return cleaned;
    }
}
