package org.o2c.payments.bankstatement;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.payments.matching.Suggestion;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/** Reads statements and their lines, the exception queue among them. */
@Singleton
public class BankStatementQueries {
    private static final TypeReference<List<Suggestion>> SUGGESTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> REASONS = new TypeReference<>() {
    };
    private static final String STATEMENT = """
            SELECT s.*, (SELECT count(*) FILTER (WHERE l.status = 'APPLIED') FROM bank_line l
                         WHERE l.statement_id = s.statement_id) AS lines_applied,
                        (SELECT count(*) FILTER (WHERE l.status = 'UNMATCHED') FROM bank_line l
                         WHERE l.statement_id = s.statement_id) AS lines_unmatched,
                        (SELECT count(*) FILTER (WHERE l.status = 'RECONCILED') FROM bank_line l
                         WHERE l.statement_id = s.statement_id) AS lines_reconciled
            FROM bank_statement s""";

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    public Optional<BankStatementView> statement(UUID statementId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(STATEMENT + " WHERE s.statement_id = ?")) {
            select.setObject(1, statementId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(statement(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest closing date first, of the legal entities in scope; optionally of one bank account. */
    public Page<BankStatementView> statements(LegalEntityScope scope, UUID bankAccountId, int page, int size) {
        return Where.inScope(scope, "legal_entity").equal("bank_account_id", bankAccountId)
                .page("(" + STATEMENT + ") s", "closing_date DESC NULLS LAST, imported_at DESC, statement_id")
                .fetch(dataSource, page, size, BankStatementQueries::statement);
    }

    public Optional<BankLineView> line(UUID lineId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM bank_line WHERE line_id = ?")) {
            select.setObject(1, lineId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(line(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Oldest value date first, of the legal entities in scope, filtered as given (null: any). */
    public Page<BankLineView> lines(LegalEntityScope scope, String status, String direction, UUID bankAccountId,
                                    UUID statementId, int page, int size) {
        Where where = Where.inScope(scope, "legal_entity")
                .equal("status", status == null ? null : status.toUpperCase(Locale.ROOT))
                .equal("bank_account_id", bankAccountId).equal("statement_id", statementId);
        if ("credit".equalsIgnoreCase(direction)) {
            where = where.condition("amount > 0");
        } else if ("debit".equalsIgnoreCase(direction)) {
            where = where.condition("amount < 0");
        }
        return where.page("bank_line", "value_date, statement_id, line_number")
                .fetch(dataSource, page, size, this::line);
    }

    private static BankStatementView statement(ResultSet row) throws SQLException {
        return new BankStatementView(row.getObject("statement_id", UUID.class),
                row.getObject("bank_account_id", UUID.class), row.getString("legal_entity"),
                row.getString("masked_account"), row.getString("currency"), row.getString("format"),
                row.getString("reference"), row.getString("sequence"), date(row, "opening_date"),
                row.getBigDecimal("opening_balance"), date(row, "closing_date"), row.getBigDecimal("closing_balance"),
                row.getInt("line_count"), row.getBigDecimal("credits"), row.getBigDecimal("debits"),
                row.getTimestamp("imported_at").toInstant(), row.getInt("lines_applied"),
                row.getInt("lines_unmatched"), row.getInt("lines_reconciled"));
    }

    private BankLineView line(ResultSet row) throws SQLException {
        return new BankLineView(row.getObject("line_id", UUID.class), row.getObject("statement_id", UUID.class),
                row.getInt("line_number"), row.getObject("bank_account_id", UUID.class), row.getString("legal_entity"),
                row.getString("currency"), date(row, "value_date"), date(row, "booking_date"),
                row.getBigDecimal("amount"), row.getBigDecimal("amount").signum() > 0 ? "CREDIT" : "DEBIT",
                row.getString("status"), row.getBoolean("reversal"), row.getString("transaction_code"),
                row.getString("bank_reference"), row.getString("end_to_end_id"), row.getString("creditor_reference"),
                row.getString("remittance"), row.getString("counterparty_name"),
                row.getString("counterparty_account"), row.getString("return_reason"),
                row.getObject("payment_id", UUID.class), row.getObject("customer_id", UUID.class),
                (Boolean) row.getObject("automatic"), (Integer) row.getObject("score"),
                read(row.getString("reasons"), REASONS), read(row.getString("suggestions"), SUGGESTIONS));
    }

    private <T> List<T> read(String text, TypeReference<List<T>> type) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + text, e);
        }
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        java.sql.Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
