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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.collections.DunningLetterIssued;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/** The history of dunning letters, updated in the transaction of the run that issues them. */
@Singleton
public class DunningLetters {
    private static final TypeReference<List<DunningItemView>> ITEMS = new TypeReference<>() {
    };

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @EventHandler
    void on(DunningLetterIssued letter, @org.axonframework.eventhandling.Timestamp Instant issuedAt)
            throws SQLException, JsonProcessingException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO dunning_letter (letter_id, run_id, customer_id, legal_entity, currency, as_of, level,
                    level_name, items, total_overdue, issued_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")) {
            insert.setObject(1, letter.letterId());
            insert.setObject(2, letter.dunningRunId());
            insert.setObject(3, letter.customerId());
            insert.setString(4, letter.legalEntity());
            insert.setString(5, letter.currency());
            insert.setObject(6, letter.asOf());
            insert.setInt(7, letter.level());
            insert.setString(8, letter.levelName());
            insert.setString(9, json.writeValueAsString(letter.items()));
            insert.setBigDecimal(10, letter.totalOverdue());
            insert.setTimestamp(11, Timestamp.from(issuedAt));
            insert.executeUpdate();
        }
    }

    public Optional<DunningLetterView> find(UUID letterId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT * FROM dunning_letter WHERE letter_id = ?")) {
            select.setObject(1, letterId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The letters of one run, by customer and currency. */
    public List<DunningLetterView> ofRun(UUID runId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT * FROM dunning_letter WHERE run_id = ? ORDER BY customer_id, currency")) {
            select.setObject(1, runId);
            List<DunningLetterView> letters = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    letters.add(view(row));
                }
            }
            return letters;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest first, of the legal entities in scope; optionally of one customer, optionally of one run. */
    public Page<DunningLetterView> list(LegalEntityScope scope, UUID customerId, UUID dunningRunId, int page,
                                        int size) {
        return Where.inScope(scope, "legal_entity").equal("customer_id", customerId).equal("run_id", dunningRunId)
                .page("dunning_letter", "issued_at DESC, letter_id").fetch(dataSource, page, size, this::view);
    }

    private DunningLetterView view(ResultSet row) throws SQLException, JsonProcessingException {
        return new DunningLetterView(row.getObject("letter_id", UUID.class), row.getObject("run_id", UUID.class),
                row.getObject("customer_id", UUID.class), row.getString("legal_entity"), row.getString("currency"),
                row.getObject("as_of", LocalDate.class), row.getInt("level"), row.getString("level_name"),
                json.readValue(row.getString("items"), ITEMS), row.getBigDecimal("total_overdue"),
                row.getTimestamp("issued_at").toInstant());
    }
}
