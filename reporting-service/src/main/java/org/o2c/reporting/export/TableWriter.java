package org.o2c.reporting.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes one table to a stream, row by row, holding no more than a few rows: exports of millions of lines run in
 * constant memory. Values are Strings, LocalDates, BigDecimals, numbers, UUIDs or null, as the columns say.
 */
public interface TableWriter extends AutoCloseable {
    void header(List<Column> columns) throws IOException;

    void row(Object... values) throws IOException;

    /** Finishes the table; the stream stays open. */
    @Override
    void close() throws IOException;
}
