package org.o2c.reporting.period;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.collections.DisputeOpened;
import org.o2c.events.collections.DisputeResolved;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * Keeps which disputes are open, with the day they opened and were resolved, for the close checklist. A
 * resolution read before its opening (another partition) is kept and completed when the opening comes.
 */
@Singleton
public class DisputeRegister implements EventConsumer {
    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "disputes";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("collections"));
    }

    @Override
    public boolean takes(Class<? extends PublishedEvent> eventType) {
        return eventType == DisputeOpened.class || eventType == DisputeResolved.class;
    }

    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement opened = c.prepareStatement("""
                     INSERT INTO ledger_dispute (dispute_id, legal_entity, invoice_id, opened_on) VALUES (?, ?, ?, ?)
                     ON CONFLICT (dispute_id) DO UPDATE SET opened_on = EXCLUDED.opened_on""");
             PreparedStatement resolved = c.prepareStatement("""
                     INSERT INTO ledger_dispute (dispute_id, legal_entity, invoice_id, opened_on, resolved_on)
                     VALUES (?, ?, ?, ?, ?)
                     ON CONFLICT (dispute_id) DO UPDATE SET resolved_on = EXCLUDED.resolved_on""")) {
            for (EventEnvelope<? extends PublishedEvent> event : events) {
                if (event.payload() instanceof DisputeOpened dispute) {
                    opened.setObject(1, dispute.disputeId());
                    opened.setString(2, dispute.legalEntity());
                    opened.setObject(3, dispute.invoiceId());
                    opened.setObject(4, dispute.openedOn());
                    opened.addBatch();
                } else if (event.payload() instanceof DisputeResolved dispute) {
                    resolved.setObject(1, dispute.disputeId());
                    resolved.setString(2, dispute.legalEntity());
                    resolved.setObject(3, dispute.invoiceId());
                    resolved.setObject(4, dispute.resolvedOn());
                    resolved.setObject(5, dispute.resolvedOn());
                    resolved.addBatch();
                }
            }
            opened.executeBatch();
            resolved.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record " + events.size() + " disputes", e);
        }
    }
}
