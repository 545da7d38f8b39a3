package org.o2c.runtime.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** The record of events a consumer has taken; written in the transaction of the effect. */
@ApplicationScoped
public class ConsumedEvents {
    @Inject
    DataSource dataSource;

    /**
     * Records the event ids a consumer takes from one poll in one statement and answers those it sees for the first
     * time (a repeat, also within the list, is left out). Must run inside a transaction.
     */
    public Set<String> firstTimes(String consumer, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return new HashSet<>();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO consumed_event (consumer, event_id) SELECT ?, unnest(?::varchar[])
                     ON CONFLICT DO NOTHING RETURNING event_id""")) {
            insert.setString(1, consumer);
            insert.setArray(2, connection.createArrayOf("varchar", eventIds.toArray()));
            Set<String> first = new HashSet<>();
            try (ResultSet inserted = insert.executeQuery()) {
                while (inserted.next()) {
                    first.add(inserted.getString(1));
                }
            }
            return first;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record " + eventIds.size() + " consumed events", e);
        }
    }

    void reject(String consumer, String topic, int partition, long offset, String reason, byte[] value) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO rejected_event "
                     + "(consumer, topic, partition, record_offset, reason, record_value) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, consumer);
            insert.setString(2, topic);
            insert.setInt(3, partition);
            insert.setLong(4, offset);
            insert.setString(5, reason);
            insert.setBytes(6, value);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record rejected event", e);
        }
    }
}
