package org.o2c.payables.supplier;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/** The supplier read model, updated in the same transaction as the events it follows. */
@Singleton
public class SupplierDirectory {
    @Inject
    DataSource dataSource;

    @EventHandler
    void on(SupplierRegistered event, @org.axonframework.eventhandling.Timestamp Instant registeredAt)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO supplier (id, name, legal_entity, currency, payment_terms_net_days, registered_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, event.supplierId());
            insert.setString(2, event.name());
            insert.setString(3, event.legalEntity());
            insert.setString(4, event.currency());
            insert.setInt(5, event.paymentTermsNetDays());
            insert.setTimestamp(6, Timestamp.from(registeredAt));
            insert.executeUpdate();
        }
    }

    public Optional<SupplierView> find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM supplier WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sorted by name, of the legal entities in scope; optionally of one legal entity. */
    public Page<SupplierView> list(LegalEntityScope scope, String legalEntity, int page, int size) {
        return Where.inScope(scope, "legal_entity").equal("legal_entity", legalEntity).page("supplier", "name, id")
                .fetch(dataSource, page, size, SupplierDirectory::view);
    }

    private static SupplierView view(ResultSet row) throws SQLException {
        return new SupplierView(row.getObject("id", UUID.class), row.getString("name"), row.getString("legal_entity"),
                row.getString("currency"), row.getInt("payment_terms_net_days"),
                row.getTimestamp("registered_at").toInstant());
    }
}
