package org.o2c.reporting.period;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.reporting.PeriodClosed;
import org.o2c.events.reporting.PeriodReopened;

/** The periods read model, in the transaction of their events. */
@Singleton
public class PeriodProjection {
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @EventHandler
    void on(PeriodClosed event, @org.axonframework.eventhandling.Timestamp Instant closedAt)
            throws SQLException, JsonProcessingException {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO accounting_period (legal_entity, period, first_day, last_day, status, closed_by,
                    closed_at, close_note, checklist) VALUES (?, ?, ?, ?, 'CLOSED', ?, ?, ?, ?)
                ON CONFLICT (legal_entity, period) DO UPDATE SET status = 'CLOSED', closed_by = EXCLUDED.closed_by,
                    closed_at = EXCLUDED.closed_at, close_note = EXCLUDED.close_note,
                    checklist = EXCLUDED.checklist""")) {
            upsert.setString(1, event.legalEntity());
            upsert.setString(2, event.period());
            upsert.setObject(3, event.firstDay());
            upsert.setObject(4, event.lastDay());
            upsert.setString(5, event.closedBy());
            upsert.setTimestamp(6, Timestamp.from(closedAt));
            upsert.setString(7, event.note());
            upsert.setString(8, json.writeValueAsString(event.checklist()));
            upsert.executeUpdate();
        }
    }

    @EventHandler
    void on(PeriodReopeningRequested event, @org.axonframework.eventhandling.Timestamp Instant requestedAt)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE accounting_period SET reopen_requested_by = ?, reopen_requested_at = ?, reopen_reason = ?
                WHERE legal_entity = ? AND period = ?""")) {
            update.setString(1, event.requestedBy());
            update.setTimestamp(2, Timestamp.from(requestedAt));
            update.setString(3, event.reason());
            update.setString(4, event.legalEntity());
            update.setString(5, event.period());
            update.executeUpdate();
        }
    }

    @EventHandler
    void on(PeriodReopened event, @org.axonframework.eventhandling.Timestamp Instant reopenedAt)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE accounting_period SET status = 'OPEN', reopened_by = ?, reopened_at = ?,
                    reopen_requested_by = NULL, reopen_requested_at = NULL, reopen_reason = ?
                WHERE legal_entity = ? AND period = ?""")) {
            update.setString(1, event.approvedBy());
            update.setTimestamp(2, Timestamp.from(reopenedAt));
            update.setString(3, event.reason() + " (asked by " + event.requestedBy() + ")");
            update.setString(4, event.legalEntity());
            update.setString(5, event.period());
            update.executeUpdate();
        }
    }
}
