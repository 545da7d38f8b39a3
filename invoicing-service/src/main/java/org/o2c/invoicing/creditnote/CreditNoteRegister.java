package org.o2c.invoicing.creditnote;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.invoicing.invoice.TaxSubtotalView;

/** The credit note read model, updated in the same transaction as the events it follows. */
@Singleton
public class CreditNoteRegister {
    private static final TypeReference<List<CreditNoteLineView>> LINES = new TypeReference<>() {
    };
    private static final TypeReference<List<TaxSubtotalView>> SUBTOTALS = new TypeReference<>() {
    };

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @EventHandler
    void on(CreditNoteIssued event, @org.axonframework.eventhandling.Timestamp Instant issuedAt)
            throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO credit_note (id, credit_note_number, invoice_id, invoice_number, customer_id, legal_entity,
                    currency, issue_date, reason, lines, tax_subtotals, net_amount, tax_amount, gross_amount, issued_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)""")) {
            insert.setObject(1, event.creditNoteId());
            insert.setString(2, event.creditNoteNumber());
            insert.setObject(3, event.invoiceId());
            insert.setString(4, event.invoiceNumber());
            insert.setObject(5, event.customerId());
            insert.setString(6, event.legalEntity());
            insert.setString(7, event.currency());
            insert.setObject(8, event.issueDate());
            insert.setString(9, event.reason());
            insert.setString(10, json.writeValueAsString(event.lines()));
            insert.setString(11, json.writeValueAsString(event.taxSubtotals()));
            insert.setBigDecimal(12, event.netAmount());
            insert.setBigDecimal(13, event.taxAmount());
            insert.setBigDecimal(14, event.grossAmount());
            insert.setTimestamp(15, Timestamp.from(issuedAt));
            insert.executeUpdate();
        }
    }

    public Optional<CreditNoteView> find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM credit_note WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CreditNoteView view(ResultSet row) throws SQLException, IOException {
        return new CreditNoteView(row.getObject("id", UUID.class), row.getString("credit_note_number"),
                row.getObject("invoice_id", UUID.class), row.getString("invoice_number"),
                row.getObject("customer_id", UUID.class), row.getString("legal_entity"), row.getString("currency"),
                row.getObject("issue_date", LocalDate.class), row.getString("reason"),
                json.readValue(row.getString("lines"), LINES), json.readValue(row.getString("tax_subtotals"), SUBTOTALS),
                row.getBigDecimal("net_amount"), row.getBigDecimal("tax_amount"), row.getBigDecimal("gross_amount"),
                row.getTimestamp("issued_at").toInstant());
    }
}
