package org.o2c.runtime.paging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.o2c.runtime.readmodel.Snapshot;

/**
 * One page of a read-model table and the count of all its matching rows, read in one snapshot.
 *
 * @param from    table and filter, e.g. {@code invoice WHERE customer_id = ?}
 * @param orderBy a total order, e.g. {@code issue_date DESC, invoice_number DESC}
 */
public record PageQuery(String from, List<Object> parameters, String orderBy) {

    /** Reads one row of the result into an item. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws Exception;
    }

    public <T> Page<T> fetch(DataSource dataSource, int page, int size, Row<T> row) {
        return Snapshot.read(dataSource, c -> fetch(c, page, size, row));
    }

    private <T> Page<T> fetch(Connection c, int page, int size, Row<T> row) throws Exception {
        try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM " + from);
             PreparedStatement select = c.prepareStatement(
                     "SELECT * FROM " + from + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?")) {
            for (int i = 0; i < parameters.size(); i++) {
                count.setObject(i + 1, parameters.get(i));
                select.setObject(i + 1, parameters.get(i));
            }
            select.setInt(parameters.size() + 1, size);
            select.setLong(parameters.size() + 2, (long) page * size);
            long total;
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<T> items = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    items.add(row.read(rs));
                }
            }
            return new Page<>(items, page, size, total);
        }
    }
}
