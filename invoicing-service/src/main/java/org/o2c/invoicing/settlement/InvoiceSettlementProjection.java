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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.payments.OpenAmountChange;
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

    /**
     * A poll at once: the invoices it names are read in one query, their states reckoned forward event by event in
     * memory, and each invoice's last state written once, in one batch.
     */
    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        List<Change> changes = new ArrayList<>();
        for (EventEnvelope<? extends PublishedEvent> event : events) {
            Instant at = event.time() == null ? Instant.EPOCH : event.time();
            for (OpenAmountChange change : OpenAmountChange.of(event.payload())) {
                changes.add(new Change(change.invoiceId(), change.openAmount(), change.credited(), at));
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            Map<UUID, Settlement> settlements = current(c, changes);
            Map<UUID, Settlement> after = new LinkedHashMap<>();
            for (Change change : changes) {
                Settlement before = settlements.get(change.invoiceId());
                if (before == null) {
                    // the invoice row commits before its InvoiceIssued can reach payments; this is not ours
                    LOG.warnf("payments event about unknown invoice %s ignored", change.invoiceId());
                    continue;
                }
                Settlement next = new Settlement(before.gross(), change.open(),
                        before.creditApplied().add(change.creditApplied()), change.at());
                settlements.put(change.invoiceId(), next);
                after.put(change.invoiceId(), next);
            }
            write(c, after);
        } catch (SQLException e) {
            throw new IllegalStateException("could not take " + events.size() + " events from " + events.get(0).id(),
                    e);
        }
    }

    private record Change(UUID invoiceId, BigDecimal open, BigDecimal creditApplied, Instant at) {
    }

    private record Settlement(BigDecimal gross, BigDecimal open, BigDecimal creditApplied, Instant at) {
    }

    /** Gross and credit applied so far of the invoices the changes name; an unknown invoice is left out. */
    private static Map<UUID, Settlement> current(Connection c, List<Change> changes) throws SQLException {
        Map<UUID, Settlement> current = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT i.id, i.gross_amount, s.credit_applied_amount FROM invoice i
                LEFT JOIN invoice_settlement s ON s.invoice_id = i.id WHERE i.id = ANY (?)""")) {
            select.setArray(1, c.createArrayOf("uuid", changes.stream().map(Change::invoiceId).distinct().toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    BigDecimal creditApplied = row.getBigDecimal(3);
                    current.put(row.getObject(1, UUID.class), new Settlement(row.getBigDecimal(2), null,
                            creditApplied == null ? BigDecimal.ZERO : creditApplied, null));
                }
            }
        }
        return current;
    }

    private static void write(Connection c, Map<UUID, Settlement> settlements) throws SQLException {
        if (settlements.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO invoice_settlement (invoice_id, open_amount, credit_applied_amount, settlement_state,
                    updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (invoice_id) DO UPDATE SET open_amount = EXCLUDED.open_amount,
                    credit_applied_amount = EXCLUDED.credit_applied_amount,
                    settlement_state = EXCLUDED.settlement_state, updated_at = EXCLUDED.updated_at""")) {
            for (Map.Entry<UUID, Settlement> entry : settlements.entrySet()) {
                Settlement s = entry.getValue();
                upsert.setObject(1, entry.getKey());
                upsert.setBigDecimal(2, s.open());
                upsert.setBigDecimal(3, s.creditApplied());
                upsert.setString(4, SettlementState.of(s.gross(), s.open(), s.creditApplied()).name());
                upsert.setTimestamp(5, Timestamp.from(s.at()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
