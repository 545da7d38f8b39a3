package org.o2c.collections.dispute;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.collections.DisputeOpened;
import org.o2c.events.collections.DisputeResolved;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/** The dispute read model, updated in the transaction of the request that changes a dispute. */
@Singleton
public class Disputes {
    @Inject
    DataSource dataSource;

    @EventHandler
    void on(DisputeOpened event) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO dispute (id, invoice_id, invoice_number, customer_id, legal_entity, currency, reason_code,
                    amount, status, opened_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")) {
            insert.setObject(1, event.disputeId());
            insert.setObject(2, event.invoiceId());
            insert.setString(3, event.invoiceNumber());
            insert.setObject(4, event.customerId());
            insert.setString(5, event.legalEntity());
            insert.setString(6, event.currency());
            insert.setString(7, event.reasonCode());
            insert.setBigDecimal(8, event.amount());
            insert.setObject(9, event.openedOn());
            insert.executeUpdate();
        }
    }

    @EventHandler
    void on(DisputeNoteRecorded event) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE dispute SET note = ? WHERE id = ?")) {
            update.setString(1, event.note());
            update.setObject(2, event.disputeId());
            update.executeUpdate();
        }
    }

    @EventHandler
    void on(DisputeResolved event) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE dispute SET status = 'RESOLVED', resolution = ?, resolution_note = ?, resolved_on = ? "
                        + "WHERE id = ?")) {
            update.setString(1, event.resolution());
            update.setString(2, event.note());
            update.setObject(3, event.resolvedOn());
            update.setObject(4, event.disputeId());
            update.executeUpdate();
        }
    }

    public Optional<DisputeView> find(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM dispute WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<UUID> openDisputeOf(UUID invoiceId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT id FROM dispute WHERE invoice_id = ? AND status = 'OPEN'")) {
            select.setObject(1, invoiceId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest first, of the legal entities in scope; optionally of one customer and one status. */
    public Page<DisputeView> list(LegalEntityScope scope, UUID customerId, String status, int page, int size) {
        return Where.inScope(scope, "legal_entity").equal("customer_id", customerId).equal("status", status)
                .page("dispute", "opened_on DESC, id").fetch(dataSource, page, size, Disputes::view);
    }

    private static DisputeView view(ResultSet row) throws SQLException {
        return new DisputeView(row.getObject("id", UUID.class), row.getObject("invoice_id", UUID.class),
                row.getString("invoice_number"), row.getObject("customer_id", UUID.class),
                row.getString("legal_entity"), row.getString("currency"), row.getString("reason_code"),
                row.getBigDecimal("amount"), row.getString("note"), row.getString("status"),
                row.getObject("opened_on", LocalDate.class), row.getString("resolution"),
                row.getString("resolution_note"), row.getObject("resolved_on", LocalDate.class));
    }
}
