package org.o2c.payments.customer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
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
        update(List.of(new CustomerEntry(customerId, name, legalEntity, currency)), """
                INSERT INTO customer (customer_id, name, legal_entity, currency, registered) VALUES (?, ?, ?, ?, TRUE)
                ON CONFLICT (customer_id) DO UPDATE SET name = EXCLUDED.name, legal_entity = EXCLUDED.legal_entity,
                    currency = EXCLUDED.currency, registered = TRUE""");
    }

    /** Makes the customers of invoices known, in one batch; a customer already known stays as it is. */
    public void invoiced(Collection<CustomerEntry> invoicedCustomers) {
        update(invoicedCustomers, """
                INSERT INTO customer (customer_id, name, legal_entity, currency, registered) VALUES (?, ?, ?, ?, FALSE)
                ON CONFLICT (customer_id) DO NOTHING""");
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

    private void update(Collection<CustomerEntry> customers, String sql) {
        if (customers.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (CustomerEntry customer : customers) {
                statement.setObject(1, customer.customerId());
                statement.setString(2, customer.name());
                statement.setString(3, customer.legalEntity());
                statement.setString(4, customer.currency());
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record customers " + customers.iterator().next().customerId()
                    + (customers.size() > 1 ? " and " + (customers.size() - 1) + " more" : ""), e);
        }
    }
}
