package org.o2c.invoicing.settlement;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * Keeps each invoice's open amount and settlement state as the payments service reports them. Every payments
 * event about an invoice carries its open amount after the event, so the latest one is taken as it is; only what
 * credit notes applied is added up, to tell payments from credits. Runs in the consumer's transaction with the
 * record of the event id, so a redelivered event changes nothing.
 */
@Singleton
public class InvoiceSettlementProjection implements EventConsumer {
    private static final Logger LOG = Logger.getLogger(InvoiceSettlementProjection.class);

    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "invoice-settlement";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("payments"));
    }

    @Override
    public void consume(EventEnvelope<? extends PublishedEvent> event) {
        try {
            Instant at = event.time() == null ? Instant.EPOCH : event.time();
            if (event.payload() instanceof OpenItemRecorded recorded) {
                settle(recorded.invoiceId(), recorded.openAmount(), BigDecimal.ZERO, at);
            } else if (event.payload() instanceof PaymentApplied applied) {
                settle(applied.invoiceId(), applied.invoiceOpenAmount(), BigDecimal.ZERO, at);
            } else if (event.payload() instanceof CreditNoteApplied credit) {
                settle(credit.invoiceId(), credit.invoiceOpenAmount(), credit.appliedAmount(), at);
            } else if (event.payload() instanceof InvoiceSettled settled) {
                settle(settled.invoiceId(), BigDecimal.ZERO, BigDecimal.ZERO, at);
            } else if (event.payload() instanceof PaymentReturned returned) {
                for (ReopenedItem item : returned.reopened()) {
                    settle(item.invoiceId(), item.invoiceOpenAmount(), BigDecimal.ZERO, at);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not take " + event.type() + " " + event.id(), e);
        }
    }

    private void settle(UUID invoiceId, BigDecimal open, BigDecimal creditApplied, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            BigDecimal gross;
            BigDecimal creditAppliedBefore;
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT i.gross_amount, s.credit_applied_amount FROM invoice i
                    LEFT JOIN invoice_settlement s ON s.invoice_id = i.id WHERE i.id = ?""")) {
                select.setObject(1, invoiceId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        // the invoice row commits before its InvoiceIssued can reach payments; this is not ours
                        LOG.warnf("payments event about unknown invoice %s ignored", invoiceId);
                        return;
                    }
                    gross = row.getBigDecimal(1);
                    creditAppliedBefore = row.getBigDecimal(2) == null ? BigDecimal.ZERO : row.getBigDecimal(2);
                }
            }
            BigDecimal creditAppliedAfter = creditAppliedBefore.add(creditApplied);
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO invoice_settlement (invoice_id, open_amount, credit_applied_amount, settlement_state,
                        updated_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (invoice_id) DO UPDATE SET open_amount = EXCLUDED.open_amount,
                        credit_applied_amount = EXCLUDED.credit_applied_amount,
                        settlement_state = EXCLUDED.settlement_state, updated_at = EXCLUDED.updated_at""")) {
                upsert.setObject(1, invoiceId);
                upsert.setBigDecimal(2, open);
                upsert.setBigDecimal(3, creditAppliedAfter);
                upsert.setString(4, SettlementState.of(gross, open, creditAppliedAfter).name());
                upsert.setTimestamp(5, Timestamp.from(at));
                upsert.executeUpdate();
            }
        }
    }
}
