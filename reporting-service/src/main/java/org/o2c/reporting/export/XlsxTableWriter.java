package org.o2c.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet: a bold header row, frozen; amounts as numbers with two decimals, dates as dates, text inline (not
 * in the shared string table, which would grow with the rows). Rows go to the stream every {@link #FLUSH_ROWS}.
 */
final class XlsxTableWriter implements TableWriter {
    private static final int FLUSH_ROWS = 1000;
    private static final int MAX_ROWS = Worksheet.MAX_ROWS;

    private final Workbook workbook;
    private final Worksheet sheet;
    private List<Column> columns;
    private int row;

    XlsxTableWriter(OutputStream out, String title) {
        workbook = new Workbook(out, "o2c", "1.0");
        sheet = workbook.newWorksheet(title.length() > 31 ? title.substring(0, 31) : title);
    }

    @Override
    public void header(List<Column> columns) {
        this.columns = columns;
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).name());
            sheet.width(c, columns.get(c).kind() == Column.Kind.TEXT ? 24 : 14);
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        row = 1;
    }

    @Override
    public void row(Object... values) throws IOException {
        if (row >= MAX_ROWS) {
            throw new IOException("a worksheet holds at most " + MAX_ROWS + " rows; export a shorter period");
        }
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            switch (columns.get(c).kind()) {
                case AMOUNT -> {
                    sheet.value(row, c, (BigDecimal) value);
                    sheet.style(row, c).format("#,##0.00").set();
                }
                case COUNT -> sheet.value(row, c, (Number) value);
                case DATE -> {
                    sheet.value(row, c, (LocalDate) value);
                    sheet.style(row, c).format("yyyy-mm-dd").set();
                }
                case TEXT -> sheet.inlineString(row, c, value.toString());
            }
        }
        row++;
        if (row % FLUSH_ROWS == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        workbook.finish();
    }
}
