package org.o2c.invoicing.customer;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.runtime.axon.BatchedRows;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/** The customer read model, updated in the same transaction as the events it follows. */
@Singleton
public class CustomerDirectory {
    @Inject
    DataSource dataSource;

    private final BatchedRows<UUID, RegisteredRow> registered = new BatchedRows<>(this::insert);

    /** Registered customers are written as one batch per unit of work (a request, or a batch of customers). */
    @EventHandler
    void on(CustomerRegistered event, @org.axonframework.eventhandling.Timestamp Instant registeredAt) {
        registered.put(event.customerId(), new RegisteredRow(event, registeredAt));
    }

    private record RegisteredRow(CustomerRegistered event, Instant registeredAt) {
    }

    private void insert(Collection<RegisteredRow> rows) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO customer (id, name, legal_entity, currency, payment_terms_net_days, registered_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")) {
            for (RegisteredRow row : rows) {
                CustomerRegistered event = row.event();
                insert.setObject(1, event.customerId());
                insert.setString(2, event.name());
                insert.setString(3, event.legalEntity());
                insert.setString(4, event.currency());
                insert.setInt(5, event.paymentTermsNetDays());
                insert.setTimestamp(6, java.sql.Timestamp.from(row.registeredAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public Optional<CustomerView> find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM customer WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The registered customers among {@code ids}, by id, in one query. */
    public Map<UUID, CustomerView> findAll(Collection<UUID> ids) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM customer WHERE id = ANY(?)")) {
            select.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            Map<UUID, CustomerView> found = new HashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    CustomerView customer = view(row);
                    found.put(customer.id(), customer);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Page<CustomerView> list(LegalEntityScope scope, String legalEntity, int page, int size) {
        return Where.inScope(scope, "legal_entity").equal("legal_entity", legalEntity).page("customer", "name, id")
                .fetch(dataSource, page, size, CustomerDirectory::view);
    }

    private static CustomerView view(ResultSet row) throws SQLException {
        return new CustomerView(row.getObject("id", UUID.class), row.getString("name"), row.getString("legal_entity"),
                row.getString("currency"), row.getInt("payment_terms_net_days"),
                row.getTimestamp("registered_at").toInstant());
    }
}
