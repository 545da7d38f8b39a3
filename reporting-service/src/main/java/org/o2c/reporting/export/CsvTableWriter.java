package org.o2c.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV in UTF-8 with a header row; amounts in plain notation with a dot. */
final class CsvTableWriter implements TableWriter {
    private final Writer writer;
    private CSVPrinter printer;

    CsvTableWriter(OutputStream out) {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void header(List<Column> columns) throws IOException {
        printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(columns.stream().map(Column::name).toArray(String[]::new)).get());
    }

    @Override
    public void row(Object... values) throws IOException {
        for (Object value : values) {
            printer.print(value instanceof BigDecimal amount ? amount.toPlainString() : value);
        }
        printer.println();
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
