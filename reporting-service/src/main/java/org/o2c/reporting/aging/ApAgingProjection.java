package org.o2c.reporting.aging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.payables.SupplierInvoiceApproved;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * Keeps the supplier invoices that the AP aging reads, from the payables topic. A supplier payment travels under
 * its own key, so it may be read before the invoice it pays: each payment is kept as a dated movement and an
 * invoice's open amount is its gross plus all its movements, which gives the same answer in any order. Runs in the
 * consumer's transaction with the event id record: a redelivered event changes nothing.
 */
@Singleton
public class ApAgingProjection implements EventConsumer {
    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "ap-aging";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("payables"));
    }

    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        events.forEach(this::take);
    }

    private void take(EventEnvelope<? extends PublishedEvent> event) {
        try (Connection c = dataSource.getConnection()) {
            if (event.payload() instanceof SupplierRegistered supplier) {
                supplier(c, supplier);
            } else if (event.payload() instanceof SupplierInvoiceRegistered invoice) {
                invoice(c, invoice);
            } else if (event.payload() instanceof SupplierInvoiceApproved approved) {
                approved(c, approved, event.time().atZone(ZoneOffset.UTC).toLocalDate());
            } else if (event.payload() instanceof SupplierPaymentMade payment) {
                for (SupplierPaymentItem item : payment.items()) {
                    paid(c, event.id(), payment, item);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not project " + event.type() + " " + event.id(), e);
        }
    }

    private static void supplier(Connection c, SupplierRegistered supplier) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO ap_supplier (supplier_id, name, legal_entity, currency) VALUES (?, ?, ?, ?)
                ON CONFLICT (supplier_id) DO UPDATE SET name = EXCLUDED.name""")) {
            upsert.setObject(1, supplier.supplierId());
            upsert.setString(2, supplier.name());
            upsert.setString(3, supplier.legalEntity());
            upsert.setString(4, supplier.currency());
            upsert.executeUpdate();
        }
    }

    private static void invoice(Connection c, SupplierInvoiceRegistered invoice) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO ap_open_item (supplier_invoice_id, supplier_invoice_number, supplier_id, legal_entity,
                    currency, invoice_date, due_date, gross_amount, open_amount)
                SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? + coalesce(
                    (SELECT sum(delta) FROM ap_item_movement WHERE supplier_invoice_id = ?), 0)
                ON CONFLICT (supplier_invoice_id) DO NOTHING""")) {
            insert.setObject(1, invoice.supplierInvoiceId());
            insert.setString(2, invoice.supplierInvoiceNumber());
            insert.setObject(3, invoice.supplierId());
            insert.setString(4, invoice.legalEntity());
            insert.setString(5, invoice.currency());
            insert.setObject(6, invoice.invoiceDate());
            insert.setObject(7, invoice.dueDate());
            insert.setBigDecimal(8, invoice.grossAmount());
            insert.setBigDecimal(9, invoice.grossAmount());
            insert.setObject(10, invoice.supplierInvoiceId());
            insert.executeUpdate();
        }
    }

    /** Same key as its registration on the payables topic, so it always comes after it. */
    private static void approved(Connection c, SupplierInvoiceApproved approved, java.time.LocalDate on)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE ap_open_item SET approved_on = ? WHERE supplier_invoice_id = ? AND approved_on IS NULL")) {
            update.setObject(1, on);
            update.setObject(2, approved.supplierInvoiceId());
            update.executeUpdate();
        }
    }

    private static void paid(Connection c, String eventId, SupplierPaymentMade payment, SupplierPaymentItem item)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO ap_item_movement (event_id, supplier_invoice_id, supplier_id, legal_entity, currency,
                    effective_date, delta) VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE ap_open_item SET open_amount = open_amount - ? WHERE supplier_invoice_id = ?")) {
            insert.setString(1, eventId);
            insert.setObject(2, item.supplierInvoiceId());
            insert.setObject(3, payment.supplierId());
            insert.setString(4, payment.legalEntity());
            insert.setString(5, payment.currency());
            insert.setObject(6, payment.paymentDate());
            insert.setBigDecimal(7, item.amount().negate());
            insert.executeUpdate();
            update.setBigDecimal(1, item.amount());
            update.setObject(2, item.supplierInvoiceId());
            update.executeUpdate();
        }
    }
}
