package org.o2c.collections.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.payments.OpenAmountChange;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
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

    /**
     * A poll is written kind by kind, each as one JDBC batch in event order: new open items, new payments, open
     * amounts, returned payments. The same as event by event, because an item's or payment's later events always
     * follow its first in the ledger's order.
     */
    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        List<OpenItemRecorded> openedItems = new ArrayList<>();
        List<PaymentReceived> payments = new ArrayList<>();
        List<OpenAmount> openAmounts = new ArrayList<>();
        List<UUID> returnedPayments = new ArrayList<>();
        for (EventEnvelope<? extends PublishedEvent> event : events) {
            PublishedEvent payload = event.payload();
            if (payload instanceof OpenItemRecorded recorded) {
                openedItems.add(recorded);
            } else {
                OpenAmountChange.of(payload).forEach(change ->
                        openAmounts.add(new OpenAmount(change.invoiceId(), change.openAmount())));
            }
            if (payload instanceof PaymentReceived received) {
                payments.add(received);
            } else if (payload instanceof PaymentReturned returned) {
                // a returned payment no longer counts towards a promise (what it had settled is open again above)
                returnedPayments.add(returned.paymentId());
            }
        }
        try (Connection c = dataSource.getConnection()) {
            openItems(c, openedItems);
            payments(c, payments);
            openAmounts(c, openAmounts);
            returned(c, returnedPayments);
        } catch (SQLException e) {
            throw new IllegalStateException("could not take " + events.size() + " events from " + events.get(0).id(),
                    e);
        }
    }

    private record OpenAmount(UUID invoiceId, BigDecimal amount) {
    }

    private static void openItems(Connection c, List<OpenItemRecorded> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO open_item (invoice_id, invoice_number, account_id, customer_id, legal_entity, currency,
                    issue_date, due_date, gross_amount, open_amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (invoice_id) DO NOTHING""")) {
            for (OpenItemRecorded item : items) {
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
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void payments(Connection c, List<PaymentReceived> payments) throws SQLException {
        if (payments.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO received_payment (payment_id, customer_id, legal_entity, currency, amount, value_date)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (payment_id) DO NOTHING""")) {
            for (PaymentReceived payment : payments) {
                insert.setObject(1, payment.paymentId());
                insert.setObject(2, payment.customerId());
                insert.setString(3, payment.legalEntity());
                insert.setString(4, payment.currency());
                insert.setBigDecimal(5, payment.amount());
                insert.setObject(6, payment.valueDate());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void openAmounts(Connection c, List<OpenAmount> openAmounts) throws SQLException {
        if (openAmounts.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE open_item SET open_amount = ? WHERE invoice_id = ?")) {
            for (OpenAmount openAmount : openAmounts) {
                update.setBigDecimal(1, openAmount.amount());
                update.setObject(2, openAmount.invoiceId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void returned(Connection c, List<UUID> paymentIds) throws SQLException {
        if (paymentIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE received_payment SET returned = TRUE WHERE payment_id = ?")) {
            for (UUID paymentId : paymentIds) {
                update.setObject(1, paymentId);
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
