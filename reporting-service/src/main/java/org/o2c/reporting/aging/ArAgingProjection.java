package org.o2c.reporting.aging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * Keeps the open items that the AR aging report reads, from the invoicing topic. Runs inside the consumer's
 * transaction, which also records each event id, so a redelivered event changes nothing.
 */
@Singleton
public class ArAgingProjection implements EventConsumer {
    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "ar-aging";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("invoicing"));
    }

    @Override
    public void consume(EventEnvelope<? extends PublishedEvent> event) {
        try {
            if (event.payload() instanceof InvoiceIssued issued) {
                openItem(issued);
            } else if (event.payload() instanceof CustomerRegistered registered) {
                customer(registered);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not project " + event.type() + " " + event.id(), e);
        }
    }

    private void openItem(InvoiceIssued invoice) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO ar_open_item (invoice_id, invoice_number, customer_id, legal_entity, currency,
                    issue_date, due_date, gross_amount, open_amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, invoice.invoiceId());
            insert.setString(2, invoice.invoiceNumber());
            insert.setObject(3, invoice.customerId());
            insert.setString(4, invoice.legalEntity());
            insert.setString(5, invoice.currency());
            insert.setObject(6, invoice.issueDate());
            insert.setObject(7, invoice.dueDate());
            insert.setBigDecimal(8, invoice.grossAmount());
            insert.setBigDecimal(9, invoice.grossAmount());
            insert.executeUpdate();
        }
    }

    private void customer(CustomerRegistered customer) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO ar_customer (customer_id, name, legal_entity, currency) VALUES (?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE SET name = EXCLUDED.name""")) {
            upsert.setObject(1, customer.customerId());
            upsert.setString(2, customer.name());
            upsert.setString(3, customer.legalEntity());
            upsert.setString(4, customer.currency());
            upsert.executeUpdate();
        }
    }
}
