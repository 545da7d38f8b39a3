package org.o2c.collections.dunning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;

/** The dunning policies in force: a legal entity's own, else the configured default. */
@Singleton
public class DunningPolicies {
    private static final TypeReference<List<DunningLevel>> LEVELS = new TypeReference<>() {
    };

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    DunningSettings settings;

    @EventHandler
    void on(DunningPolicySet event, @org.axonframework.eventhandling.Timestamp Instant setAt)
            throws SQLException, JsonProcessingException {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO dunning_policy (legal_entity, levels, changed_at) VALUES (?, ?::jsonb, ?)
                ON CONFLICT (legal_entity) DO UPDATE SET levels = EXCLUDED.levels, changed_at = EXCLUDED.changed_at""")) {
            upsert.setString(1, event.legalEntity());
            upsert.setString(2, json.writeValueAsString(event.levels()));
            upsert.setTimestamp(3, Timestamp.from(setAt));
            upsert.executeUpdate();
        }
    }

    public DunningLevels levelsOf(String legalEntity) {
        return policyOf(legalEntity).toLevels();
    }

    public DunningPolicyView policyOf(String legalEntity) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT levels, changed_at FROM dunning_policy WHERE legal_entity = ?")) {
            select.setString(1, legalEntity);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return new DunningPolicyView(legalEntity, json.readValue(row.getString("levels"), LEVELS), false,
                            row.getTimestamp("changed_at").toInstant());
                }
            }
            return new DunningPolicyView(legalEntity, settings.defaultLevels().levels(), true, null);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
