package org.o2c.runtime.period;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.reporting.PeriodClosed;
import org.o2c.events.reporting.PeriodReopened;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * Learns which accounting periods are closed from o2c.reporting.events, in order per period (the key is the
 * period's id), for {@link ClosedPeriods}. Runs in the services that set {@code o2c.closed-periods.enforced=true}
 * at build time: those whose documents carry accounting dates.
 */
@Singleton
@IfBuildProperty(name = "o2c.closed-periods.enforced", stringValue = "true")
public class ClosedPeriodsFeed implements EventConsumer {
    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "closed-periods";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("reporting"));
    }

    @Override
    public boolean takes(Class<? extends PublishedEvent> eventType) {
        return eventType == PeriodClosed.class || eventType == PeriodReopened.class;
    }

    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement close = c.prepareStatement("INSERT INTO closed_period (legal_entity, period) "
                     + "VALUES (?, ?) ON CONFLICT DO NOTHING");
             PreparedStatement reopen = c.prepareStatement(
                     "DELETE FROM closed_period WHERE legal_entity = ? AND period = ?")) {
            for (EventEnvelope<? extends PublishedEvent> event : events) {
                PreparedStatement statement = event.payload() instanceof PeriodClosed ? close : reopen;
                statement.setString(1, event.payload().legalEntity());
                statement.setString(2, event.payload() instanceof PeriodClosed closed ? closed.period()
                        : ((PeriodReopened) event.payload()).period());
                statement.executeUpdate(); // in order: a period closed, reopened and closed again in one poll
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record " + events.size() + " period changes", e);
        }
    }
}
