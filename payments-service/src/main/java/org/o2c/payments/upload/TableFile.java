package org.o2c.payments.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * A table a user uploads: a CSV file (comma, semicolon or tab separated, UTF-8 or Windows-1252, told from the
 * content) or the first sheet of an XLSX workbook. The first row that is not empty is the header; empty rows are
 * skipped. Cells are text as written (an XLSX number as its plain decimal text).
 */
public record TableFile(List<String> header, List<Row> rows) {

    /** A row of the table, numbered as the user sees it in the file (the header being row 1 or later). */
    public record Row(int number, List<String> cells) {
        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }
    }

    /** Reads the table; {@code field} names the upload in a problem. At most {@code maxRows} rows below the header. */
    public static TableFile read(String field, byte[] file, int maxRows) {
        boolean zip = file.length > 3 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
        List<List<String>> rows = zip ? xlsx(field, file) : csv(field, file);
        int first = 0;
        while (first < rows.size() && blank(rows.get(first))) {
            first++;
        }
        if (first == rows.size()) {
            throw new BusinessRuleViolation(field, "not-empty", "the file holds no table");
        }
        List<String> header = rows.get(first).stream().map(String::strip).toList();
        List<Row> body = new ArrayList<>();
        for (int i = first + 1; i < rows.size(); i++) {
            if (!blank(rows.get(i))) {
                body.add(new Row(i + 1, rows.get(i)));
            }
        }
        if (body.size() > maxRows) {
            throw new BusinessRuleViolation(field, "max-rows",
                    "the file has " + body.size() + " rows; at most " + maxRows + " are taken at once");
        }
        return new TableFile(header, body);
    }

    /**
     * The column whose header is one of the names, compared without case, spaces, hyphens, underscores and dots;
     * empty when none is.
     */
    public Optional<Integer> column(List<String> names) {
        for (int i = 0; i < header.size(); i++) {
            String key = key(header.get(i));
            if (names.stream().map(TableFile::key).anyMatch(key::equals)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]", "");
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    private static List<List<String>> csv(String field, byte[] file) {
        String text = decode(file);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = delimiterOf(firstLine);
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                    .get().parse(new StringReader(text))) {
                rows.add(record.toList());
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new BusinessRuleViolation(field, "readable-table", "the CSV file cannot be read: " + e.getMessage());
        }
        return rows;
    }

    /** The separator used most in the header line: semicolon, tab or comma. */
    private static char delimiterOf(String line) {
        char best = ',';
        long most = line.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = line.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    /** UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what spreadsheet programs write as "CSV"). */
    private static String decode(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return new String(file, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static List<List<String>> xlsx(String field, byte[] file) {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getFirstSheet();
            sheet.openStream().forEach(row -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    org.dhatim.fastexcel.reader.Cell cell = row.getCell(i);
                    String raw = cell == null ? null : cell.getRawValue();
                    cells.add(raw == null ? "" : raw);
                }
                while (rows.size() < row.getRowNum() - 1) {
                    rows.add(List.of()); // rows the workbook leaves out are empty
                }
                rows.add(cells);
            });
        } catch (IOException | RuntimeException e) {
            throw new BusinessRuleViolation(field, "readable-table", "the XLSX file cannot be read: "
                    + e.getMessage());
        }
        return rows;
    }
}
