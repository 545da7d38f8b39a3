package org.o2c.invoicing.invoice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.EarlyPaymentDiscount;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.invoicing.settlement.SettlementState;
import org.o2c.runtime.axon.BatchedRows;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/** The invoice read model, updated in the same transaction as the events it follows. */
@Singleton
public class InvoiceRegister {
    private static final TypeReference<List<InvoiceLineView>> LINES = new TypeReference<>() {
    };
    private static final TypeReference<List<TaxSubtotalView>> SUBTOTALS = new TypeReference<>() {
    };
    private static final TypeReference<List<InvoiceCreditNoteView>> CREDIT_NOTES = new TypeReference<>() {
    };
    private static final String WITH_SETTLEMENT = "invoice i LEFT JOIN invoice_settlement s ON s.invoice_id = i.id";

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    private final BatchedRows<UUID, IssuedRow> issuedInvoices = new BatchedRows<>(this::insert);

    /** Issued invoices are written as one batch per unit of work (a request, or a batch of invoices). */
    @EventHandler
    void on(InvoiceIssued event, @org.axonframework.eventhandling.Timestamp Instant issuedAt) {
        issuedInvoices.put(event.invoiceId(), new IssuedRow(event, issuedAt));
    }

    private record IssuedRow(InvoiceIssued event, Instant issuedAt) {
    }

    private void insert(Collection<IssuedRow> rows) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO invoice (id, invoice_number, customer_id, legal_entity, currency, issue_date, due_date,
                    net_amount, tax_amount, gross_amount, lines, tax_subtotals, issued_at, discount_percent,
                    discount_pay_by, discount_amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)""")) {
            for (IssuedRow row : rows) {
                InvoiceIssued event = row.event();
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
                insert.setTimestamp(13, Timestamp.from(row.issuedAt()));
                EarlyPaymentDiscount discount = event.earlyPaymentDiscount();
                insert.setBigDecimal(14, discount == null ? null : discount.percent());
                insert.setObject(15, discount == null ? null : discount.payBy(), java.sql.Types.DATE);
                insert.setBigDecimal(16, discount == null ? null : discount.amount());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write an invoice's lines", e);
        }
    }

    /** Keeps what was credited on the invoice row itself, so that a page of invoices needs one query. */
    @EventHandler
    void on(CreditNoteIssued event) throws SQLException, IOException {
        issuedInvoices.write();
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE invoice SET credited_amount = credited_amount + ?, credit_notes = credit_notes || ?::jsonb
                WHERE id = ?""")) {
            update.setBigDecimal(1, event.grossAmount());
            update.setString(2, json.writeValueAsString(List.of(new InvoiceCreditNoteView(event.creditNoteId(),
                    event.creditNoteNumber(), event.issueDate(), event.grossAmount()))));
            update.setObject(3, event.invoiceId());
            update.executeUpdate();
        }
    }

    public Optional<InvoiceView> find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM " + WITH_SETTLEMENT + " WHERE i.id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The invoices with these ids, in the given order, in one query. */
    public List<IssuedInvoice> issued(List<UUID> ids) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT i.id, i.invoice_number, i.customer_id, i.currency, i.issue_date, i.due_date, i.gross_amount
                FROM unnest(?::uuid[]) WITH ORDINALITY AS asked(id, position) JOIN invoice i ON i.id = asked.id
                ORDER BY asked.position""")) {
            select.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            List<IssuedInvoice> invoices = new ArrayList<>(ids.size());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    invoices.add(new IssuedInvoice(row.getObject(1, UUID.class), row.getString(2),
                            row.getObject(3, UUID.class), row.getString(4),
                            row.getObject(5, java.time.LocalDate.class), row.getObject(6, java.time.LocalDate.class),
                            row.getBigDecimal(7)));
                }
            }
            return invoices;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest first, of the legal entities in scope; optionally of one customer, optionally in one settlement state. */
    public Page<InvoiceView> list(LegalEntityScope scope, UUID customerId, SettlementState state, int page, int size) {
        return Where.inScope(scope, "i.legal_entity").equal("i.customer_id", customerId)
                .equal("COALESCE(s.settlement_state, '" + SettlementState.OPEN.name() + "')",
                        state == null ? null : state.name())
                .page(WITH_SETTLEMENT, "i.issue_date DESC, i.invoice_number DESC")
                .fetch(dataSource, page, size, this::view);
    }

    private InvoiceView view(ResultSet row) throws SQLException, IOException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        Money gross = Money.of(row.getBigDecimal("gross_amount"), currency);
        Money credited = Money.of(row.getBigDecimal("credited_amount"), currency);
        BigDecimal open = row.getBigDecimal("open_amount");
        String state = row.getString("settlement_state");
        return new InvoiceView(row.getObject("id", UUID.class), row.getString("invoice_number"),
                row.getObject("customer_id", UUID.class), row.getString("legal_entity"), row.getString("currency"),
                row.getObject("issue_date", LocalDate.class),
                row.getObject("due_date", LocalDate.class),
                json.readValue(row.getString("lines"), LINES), json.readValue(row.getString("tax_subtotals"),
                        SUBTOTALS),
                row.getBigDecimal("net_amount"), row.getBigDecimal("tax_amount"), row.getBigDecimal("gross_amount"),
                row.getTimestamp("issued_at").toInstant(),
                json.readValue(row.getString("credit_notes"), CREDIT_NOTES),
                credited.amount(), gross.minus(credited).amount(),
                open == null ? null : Money.of(open, currency).amount(),
                state == null ? SettlementState.OPEN : SettlementState.valueOf(state),
                row.getBigDecimal("discount_amount") == null ? null : new InvoiceView.EarlyPaymentDiscountView(
                        row.getBigDecimal("discount_percent"), row.getObject("discount_pay_by", LocalDate.class),
                        row.getBigDecimal("discount_amount")));
    }
}
