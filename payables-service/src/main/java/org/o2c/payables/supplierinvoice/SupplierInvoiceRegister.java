package org.o2c.payables.supplierinvoice;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.payables.SupplierInvoiceApproved;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.readmodel.Snapshot;
import org.o2c.runtime.security.LegalEntityScope;

/** The supplier invoice read model with each invoice's payments, updated in the same transaction as its events. */
@Singleton
public class SupplierInvoiceRegister {
    @Inject
    DataSource dataSource;

    @EventHandler
    void on(SupplierInvoiceRegistered event, @org.axonframework.eventhandling.Timestamp Instant registeredAt)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO supplier_invoice (id, supplier_id, supplier_invoice_number, legal_entity, currency,
                    invoice_date, due_date, net_amount, tax_amount, gross_amount, paid_amount, open_amount, status,
                    registered_by, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, event.supplierInvoiceId());
            insert.setObject(2, event.supplierId());
            insert.setString(3, event.supplierInvoiceNumber());
            insert.setString(4, event.legalEntity());
            insert.setString(5, event.currency());
            insert.setObject(6, event.invoiceDate());
            insert.setObject(7, event.dueDate());
            insert.setBigDecimal(8, event.netAmount());
            insert.setBigDecimal(9, event.taxAmount());
            insert.setBigDecimal(10, event.grossAmount());
            insert.setBigDecimal(11, BigDecimal.ZERO.setScale(event.grossAmount().scale()));
            insert.setBigDecimal(12, event.grossAmount());
            insert.setString(13, SupplierInvoiceStatus.REGISTERED.name());
            insert.setString(14, event.registeredBy());
            insert.setTimestamp(15, Timestamp.from(registeredAt));
            insert.executeUpdate();
        }
    }

    @EventHandler
    void on(SupplierInvoiceApproved event, @org.axonframework.eventhandling.Timestamp Instant approvedAt)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE supplier_invoice SET status = ?, approved_by = ?, approved_at = ? WHERE id = ?")) {
            update.setString(1, SupplierInvoiceStatus.APPROVED.name());
            update.setString(2, event.approvedBy());
            update.setTimestamp(3, Timestamp.from(approvedAt));
            update.setObject(4, event.supplierInvoiceId());
            update.executeUpdate();
        }
    }

    @EventHandler
    void on(SupplierInvoicePaid event, @org.axonframework.eventhandling.Timestamp Instant paidAt) throws SQLException {
        SupplierInvoiceStatus status = event.openAmount().signum() == 0
                ? SupplierInvoiceStatus.PAID : SupplierInvoiceStatus.PARTIALLY_PAID;
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE supplier_invoice "
                     + "SET paid_amount = paid_amount + ?, open_amount = ?, status = ? WHERE id = ?");
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO supplier_invoice_payment (supplier_invoice_id, supplier_payment_id, payment_date,
                         amount, open_amount, paid_at)
                     VALUES (?, ?, ?, ?, ?, ?)""")) {
            update.setBigDecimal(1, event.amount());
            update.setBigDecimal(2, event.openAmount());
            update.setString(3, status.name());
            update.setObject(4, event.supplierInvoiceId());
            update.executeUpdate();
            insert.setObject(1, event.supplierInvoiceId());
            insert.setObject(2, event.supplierPaymentId());
            insert.setObject(3, event.paymentDate());
            insert.setBigDecimal(4, event.amount());
            insert.setBigDecimal(5, event.openAmount());
            insert.setTimestamp(6, Timestamp.from(paidAt));
            insert.executeUpdate();
        }
    }

    /** The invoice and its payments, read in one snapshot so that they agree. */
    public Optional<SupplierInvoiceView> find(UUID id) {
        return Snapshot.read(dataSource, c -> {
            SupplierInvoiceSummary invoice;
            try (PreparedStatement select = c.prepareStatement("SELECT * FROM supplier_invoice WHERE id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    invoice = summary(row);
                }
            }
            List<SupplierInvoicePaymentView> payments = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT * FROM supplier_invoice_payment "
                    + "WHERE supplier_invoice_id = ? ORDER BY paid_at, payment_date, supplier_payment_id")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        payments.add(new SupplierInvoicePaymentView(row.getObject("supplier_payment_id", UUID.class),
                                row.getObject("payment_date", LocalDate.class), row.getBigDecimal("amount"),
                                row.getBigDecimal("open_amount")));
                    }
                }
            }
            return Optional.of(withPayments(invoice, payments));
        });
    }

    /**
     * Which of these ids name a registered supplier invoice of a legal entity in scope, locking their rows until the transaction ends.
     *
     * <p>Changes to one invoice queue here, in id order (so two requests sharing invoices cannot deadlock), and
     * each then loads the invoice with the changes committed before it: racing payments get the answer their
     * turn deserves instead of colliding in the event store. The aggregate's sequence numbers stay the last guard.
     */
    public Set<UUID> lockExisting(Collection<UUID> ids, LegalEntityScope scope) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT id FROM supplier_invoice WHERE id = ANY (?)"
                        + (scope.coversEveryEntity() ? "" : " AND legal_entity = ANY (?)")
                                + " ORDER BY id FOR UPDATE")) {
            select.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            if (!scope.coversEveryEntity()) {
                select.setArray(2, c.createArrayOf("varchar", scope.sqlFilter()));
            }
            Set<UUID> found = new HashSet<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(row.getObject(1, UUID.class));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Earliest due date first, of the legal entities in scope; optionally of one supplier and in one status. */
    public Page<SupplierInvoiceSummary> list(LegalEntityScope scope, UUID supplierId, SupplierInvoiceStatus status,
                                             int page, int size) {
        return Where.inScope(scope, "legal_entity").equal("supplier_id", supplierId)
                .equal("status", status == null ? null : status.name())
                .page("supplier_invoice", "due_date, supplier_invoice_number, id")
                .fetch(dataSource, page, size, SupplierInvoiceRegister::summary);
    }

    private static SupplierInvoiceSummary summary(ResultSet row) throws SQLException {
        Timestamp approvedAt = row.getTimestamp("approved_at");
        return new SupplierInvoiceSummary(row.getObject("id", UUID.class), row.getObject("supplier_id", UUID.class),
                row.getString("supplier_invoice_number"), row.getString("legal_entity"), row.getString("currency"),
                row.getObject("invoice_date", LocalDate.class), row.getObject("due_date", LocalDate.class),
                row.getBigDecimal("net_amount"), row.getBigDecimal("tax_amount"), row.getBigDecimal("gross_amount"),
                row.getBigDecimal("paid_amount"), row.getBigDecimal("open_amount"),
                SupplierInvoiceStatus.valueOf(row.getString("status")), row.getString("registered_by"),
                row.getTimestamp("registered_at").toInstant(), row.getString("approved_by"),
                approvedAt == null ? null : approvedAt.toInstant());
    }

    private static SupplierInvoiceView withPayments(SupplierInvoiceSummary s,
            List<SupplierInvoicePaymentView> payments) {
        return new SupplierInvoiceView(s.id(), s.supplierId(), s.supplierInvoiceNumber(), s.legalEntity(), s.currency(),
                s.invoiceDate(), s.dueDate(), s.netAmount(), s.taxAmount(), s.grossAmount(), s.paidAmount(),
                s.openAmount(), s.status(), s.registeredBy(), s.registeredAt(), s.approvedBy(), s.approvedAt(),
                List.copyOf(payments));
    }
}
