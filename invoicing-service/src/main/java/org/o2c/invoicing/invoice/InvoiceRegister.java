package org.o2c.invoicing.invoice;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.PageQuery;

/** The invoice read model, updated in the same transaction as the events it follows. */
@Singleton
public class InvoiceRegister {
    private static final TypeReference<List<InvoiceLineView>> LINES = new TypeReference<>() {
    };
    private static final TypeReference<List<TaxSubtotalView>> SUBTOTALS = new TypeReference<>() {
    };

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @EventHandler
    void on(InvoiceIssued event, @org.axonframework.eventhandling.Timestamp Instant issuedAt)
            throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO invoice (id, invoice_number, customer_id, legal_entity, currency, issue_date, due_date,
                    net_amount, tax_amount, gross_amount, lines, tax_subtotals, issued_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)""")) {
            insert.setObject(1, event.invoiceId());
            insert.setString(2, event.invoiceNumber());
            insert.setObject(3, event.customerId());
            insert.setString(4, event.legalEntity());
            insert.setString(5, event.currency());
            insert.setObject(6, event.issueDate());
            insert.setObject(7, event.dueDate());
            insert.setBigDecimal(8, event.netAmount());
            insert.setBigDecimal(9, event.taxAmount());
            insert.setBigDecimal(10, event.grossAmount());
            insert.setString(11, json.writeValueAsString(event.lines()));
            insert.setString(12, json.writeValueAsString(event.taxSubtotals()));
            insert.setTimestamp(13, Timestamp.from(issuedAt));
            insert.executeUpdate();
        }
    }

    public Optional<InvoiceView> find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM invoice WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest first; optionally of one customer. */
    public Page<InvoiceView> list(UUID customerId, int page, int size) {
        String newestFirst = "issue_date DESC, invoice_number DESC";
        PageQuery query = customerId == null ? new PageQuery("invoice", List.of(), newestFirst)
                : new PageQuery("invoice WHERE customer_id = ?", List.of(customerId), newestFirst);
        return query.fetch(dataSource, page, size, this::view);
    }

    private InvoiceView view(ResultSet row) throws SQLException, IOException {
        return new InvoiceView(row.getObject("id", UUID.class), row.getString("invoice_number"),
                row.getObject("customer_id", UUID.class), row.getString("legal_entity"), row.getString("currency"),
                row.getObject("issue_date", java.time.LocalDate.class),
                row.getObject("due_date", java.time.LocalDate.class),
                json.readValue(row.getString("lines"), LINES), json.readValue(row.getString("tax_subtotals"), SUBTOTALS),
                row.getBigDecimal("net_amount"), row.getBigDecimal("tax_amount"), row.getBigDecimal("gross_amount"),
                row.getTimestamp("issued_at").toInstant());
    }
}
