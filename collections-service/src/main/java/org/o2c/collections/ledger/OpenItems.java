package org.o2c.collections.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads the open items and received payments the ledger reported. */
@Singleton
public class OpenItems {
    @Inject
    DataSource dataSource;

    public Optional<OpenItem> find(UUID invoiceId) {
        List<OpenItem> found = findAll(List.of(invoiceId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The known items among {@code invoiceIds}, in one query. */
    public List<OpenItem> findAll(Collection<UUID> invoiceIds) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM open_item WHERE invoice_id = ANY (?)")) {
            Array ids = c.createArrayOf("uuid", invoiceIds.toArray());
            select.setArray(1, ids);
            List<OpenItem> items = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    items.add(item(row));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a customer paid in a currency with a value date in {@code [from, to]}, not counting payments the bank
     * returned.
     */
    public BigDecimal receivedBetween(UUID customerId, String currency, LocalDate from, LocalDate to) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT coalesce(sum(amount), 0) FROM received_payment
                WHERE customer_id = ? AND currency = ? AND value_date BETWEEN ? AND ? AND NOT returned""")) {
            select.setObject(1, customerId);
            select.setString(2, currency);
            select.setObject(3, from);
            select.setObject(4, to);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static OpenItem item(ResultSet row) throws SQLException {
        return new OpenItem(row.getObject("invoice_id", UUID.class), row.getString("invoice_number"),
                row.getObject("customer_id", UUID.class), row.getString("legal_entity"), row.getString("currency"),
                row.getObject("due_date", LocalDate.class), row.getBigDecimal("gross_amount"),
                row.getBigDecimal("open_amount"));
    }
}
