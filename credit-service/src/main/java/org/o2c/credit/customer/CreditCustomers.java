package org.o2c.credit.customer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * The customers credit may hold profiles for, learned from invoicing's CustomerRegistered: their legal entity
 * and billing currency. Runs in the consumer's transaction, so a redelivered registration changes nothing.
 */
@Singleton
public class CreditCustomers implements EventConsumer {
    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "credit-customers";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("invoicing"));
    }

    @Override
    public boolean takes(Class<? extends PublishedEvent> eventType) {
        return eventType == CustomerRegistered.class;
    }

    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        events.forEach(this::take);
    }

    private void take(EventEnvelope<? extends PublishedEvent> event) {
        if (!(event.payload() instanceof CustomerRegistered customer)) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO credit_customer (customer_id, name, legal_entity, currency) VALUES (?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE SET name = EXCLUDED.name""")) {
            upsert.setObject(1, customer.customerId());
            upsert.setString(2, customer.name());
            upsert.setString(3, customer.legalEntity());
            upsert.setString(4, customer.currency());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record customer " + customer.customerId(), e);
        }
    }

    public Optional<CreditCustomer> find(UUID customerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT customer_id, name, legal_entity, currency FROM credit_customer WHERE customer_id = ?")) {
            select.setObject(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new CreditCustomer(row.getObject(1, UUID.class), row.getString(2),
                        row.getString(3), row.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
