package org.o2c.payments.bankstatement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.runtime.problem.BusinessRuleViolation;

/** Each bank account's CSV mapping: the latest a manager saved. */
@Singleton
public class CsvMappings {
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    /** A saved mapping with who saved it and when. */
    public record Saved(CsvMapping mapping, String changedBy, Instant changedAt) {
    }

    public Optional<Saved> inForce(UUID bankAccountId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT mapping, changed_by, changed_at FROM bank_csv_mapping WHERE bank_account_id = ?
                ORDER BY change_id DESC LIMIT 1""")) {
            select.setObject(1, bankAccountId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(new Saved(json.readValue(rs.getString(1), CsvMapping.class),
                        rs.getString(2), rs.getTimestamp(3).toInstant())) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Saved change(UUID bankAccountId, CsvMapping mapping, String user) {
        boolean signed = mapping.amount() != null && !mapping.amount().isBlank();
        boolean split = mapping.credit() != null && !mapping.credit().isBlank()
                || mapping.debit() != null && !mapping.debit().isBlank();
        if (signed == split) {
            throw new BusinessRuleViolation("amount", "amount-columns",
                    "name either the signed amount column or the credit and debit columns");
        }
        if (mapping.dateFormat() != null && !mapping.dateFormat().isBlank()) {
            try {
                DateTimeFormatter.ofPattern(mapping.dateFormat());
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleViolation("dateFormat", "date-pattern",
                        "'" + mapping.dateFormat() + "' is not a date pattern such as dd.MM.yyyy");
            }
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO bank_csv_mapping (bank_account_id, mapping, changed_by, changed_at)
                VALUES (?, ?::jsonb, ?, ?)""")) {
            insert.setObject(1, bankAccountId);
            insert.setString(2, json.writeValueAsString(mapping));
            insert.setString(3, user);
            insert.setTimestamp(4, Timestamp.from(Instant.now(clock)));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return inForce(bankAccountId).orElseThrow();
    }

    String toJson(CsvMapping mapping) {
        try {
            return json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
