package org.o2c.payments.customer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The customers payments may be received from, learnt from o2c.invoicing.events. CustomerRegistered and the
 * customer's invoices travel on different partitions, so an invoice may arrive first: it makes the customer
 * known with its legal entity and currency (invoices are issued in the billing currency); the registration later
 * fills in the name.
 */
@Singleton
public class CustomerDirectory {
    @Inject
    DataSource dataSource;

    public void registered(UUID customerId, String name, String legalEntity, String currency) {
        update("""
                INSERT INTO customer (customer_id, name, legal_entity, currency, registered) VALUES (?, ?, ?, ?, TRUE)
                ON CONFLICT (customer_id) DO UPDATE SET name = EXCLUDED.name, legal_entity = EXCLUDED.legal_entity,
                    currency = EXCLUDED.currency, registered = TRUE""", customerId, name, legalEntity, currency);
    }

    public void invoiced(UUID customerId, String legalEntity, String currency) {
        update("""
                INSERT INTO customer (customer_id, name, legal_entity, currency, registered) VALUES (?, ?, ?, ?, FALSE)
                ON CONFLICT (customer_id) DO NOTHING""", customerId, null, legalEntity, currency);
    }

    public Optional<CustomerEntry> find(UUID customerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT customer_id, name, legal_entity, currency FROM customer WHERE customer_id = ?")) {
            select.setObject(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(new CustomerEntry(row.getObject(1, UUID.class), row.getString(2),
                        row.getString(3), row.getString(4))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, UUID customerId, String name, String legalEntity, String currency) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setObject(1, customerId);
            statement.setString(2, name);
            statement.setString(3, legalEntity);
            statement.setString(4, currency);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record customer " + customerId, e);
        }
    }
}
