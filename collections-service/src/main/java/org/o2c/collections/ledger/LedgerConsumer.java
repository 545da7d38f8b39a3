package org.o2c.collections.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * Keeps the open items and received payments that dunning, disputes and promises work from, fed by the
 * receivables ledger. The ledger is ordered per account and every event carries the invoice's open amount after
 * it, so each event simply sets that amount; the consumer's event-id record makes a redelivery change nothing.
 */
@Singleton
public class LedgerConsumer implements EventConsumer {
    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "ledger";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("payments"));
    }

    @Override
    public void consume(EventEnvelope<? extends PublishedEvent> event) {
        try {
            PublishedEvent payload = event.payload();
            if (payload instanceof OpenItemRecorded recorded) {
                openItem(recorded);
            } else if (payload instanceof PaymentApplied applied) {
                openAmount(applied.invoiceId(), applied.invoiceOpenAmount());
            } else if (payload instanceof CreditNoteApplied applied) {
                openAmount(applied.invoiceId(), applied.invoiceOpenAmount());
            } else if (payload instanceof InvoiceSettled settled) {
                openAmount(settled.invoiceId(), BigDecimal.ZERO);
            } else if (payload instanceof PaymentReceived received) {
                payment(received);
            } else if (payload instanceof PaymentReturned returned) {
                returned(returned);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take " + event.type() + " " + event.id(), e);
        }
    }

    private void openItem(OpenItemRecorded item) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO open_item (invoice_id, invoice_number, account_id, customer_id, legal_entity, currency,
                    issue_date, due_date, gross_amount, open_amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (invoice_id) DO NOTHING""")) {
            insert.setObject(1, item.invoiceId());
            insert.setString(2, item.invoiceNumber());
            insert.setObject(3, item.accountId());
            insert.setObject(4, item.customerId());
            insert.setString(5, item.legalEntity());
            insert.setString(6, item.currency());
            insert.setObject(7, item.issueDate());
            insert.setObject(8, item.dueDate());
            insert.setBigDecimal(9, item.grossAmount());
            insert.setBigDecimal(10, item.openAmount());
            insert.executeUpdate();
        }
    }

    private void openAmount(UUID invoiceId, BigDecimal openAmount) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE open_item SET open_amount = ? WHERE invoice_id = ?")) {
            update.setBigDecimal(1, openAmount);
            update.setObject(2, invoiceId);
            update.executeUpdate();
        }
    }

    private void payment(PaymentReceived payment) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO received_payment (payment_id, customer_id, legal_entity, currency, amount, value_date)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (payment_id) DO NOTHING""")) {
            insert.setObject(1, payment.paymentId());
            insert.setObject(2, payment.customerId());
            insert.setString(3, payment.legalEntity());
            insert.setString(4, payment.currency());
            insert.setBigDecimal(5, payment.amount());
            insert.setObject(6, payment.valueDate());
            insert.executeUpdate();
        }
    }

    /** A returned payment no longer counts towards a promise, and what it had settled is open again. */
    private void returned(PaymentReturned returned) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE received_payment SET returned = TRUE WHERE payment_id = ?")) {
            update.setObject(1, returned.paymentId());
            update.executeUpdate();
        }
        for (ReopenedItem item : returned.reopened() == null ? List.<ReopenedItem>of() : returned.reopened()) {
            openAmount(item.invoiceId(), item.invoiceOpenAmount());
        }
    }
}
