package org.o2c.payments.bankstatement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.payments.BankLineApplied;
import org.o2c.events.payments.BankLineReconciled;
import org.o2c.events.payments.BankStatementImported;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * The statements and their lines as the REST API shows them, in the same transaction as their events. A statement's
 * lines are read from its stored file, which is the source document: the event says which statement of which file.
 */
@Singleton
public class BankStatementProjection {
    public static final String UNMATCHED = "UNMATCHED";
    public static final String APPLIED = "APPLIED";
    public static final String RECONCILED = "RECONCILED";

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    private final BankFileReader reader = new BankFileReader();

    @EventHandler
    void on(BankStatementImported event, @org.axonframework.eventhandling.Timestamp Instant importedAt)
            throws SQLException, JsonProcessingException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO bank_statement (statement_id, bank_account_id, legal_entity, masked_account, currency,
                        format, reference, sequence, opening_date, opening_balance, closing_date, closing_balance,
                        line_count, credits, debits, file_id, position_in_file, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, event.statementId());
                insert.setObject(2, event.bankAccountId());
                insert.setString(3, event.legalEntity());
                insert.setString(4, event.maskedAccount());
                insert.setString(5, event.currency());
                insert.setString(6, event.format());
                insert.setString(7, event.reference());
                insert.setString(8, event.sequence());
                insert.setDate(9, event.openingDate() == null ? null : Date.valueOf(event.openingDate()));
                insert.setBigDecimal(10, event.openingBalance());
                insert.setDate(11, event.closingDate() == null ? null : Date.valueOf(event.closingDate()));
                insert.setBigDecimal(12, event.closingBalance());
                insert.setInt(13, event.lineCount());
                insert.setBigDecimal(14, event.credits());
                insert.setBigDecimal(15, event.debits());
                insert.setObject(16, event.fileId());
                insert.setInt(17, event.positionInFile());
                insert.setTimestamp(18, Timestamp.from(importedAt));
                insert.executeUpdate();
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState())) {
                    throw ProblemException.field(ProblemType.CONFLICT, "file", "not-imported-before", "statement "
                            + event.reference() + " of account " + event.maskedAccount() + " is being imported by "
                            + "another request");
                }
                throw e;
            }
            BankStatement statement = statementOf(c, event);
            insertLines(c, event, BankLine.of(event.statementId(), statement));
        }
    }

    @EventHandler
    void on(BankLineApplied event, @org.axonframework.eventhandling.Timestamp Instant appliedAt)
            throws SQLException, JsonProcessingException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE bank_line SET status = ?, payment_id = ?, customer_id = ?, automatic = ?, score = ?,
                    reasons = ?::jsonb, suggestions = NULL WHERE line_id = ?""")) {
            update.setString(1, APPLIED);
            update.setObject(2, event.paymentId());
            update.setObject(3, event.customerId());
            update.setBoolean(4, event.automatic());
            update.setInt(5, event.score());
            update.setString(6, json.writeValueAsString(event.reasons()));
            update.setObject(7, event.lineId());
            update.executeUpdate();
            learnPayer(c, event, appliedAt);
        }
    }

    @EventHandler
    void on(BankLineReconciled event) throws SQLException, JsonProcessingException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement("""
                UPDATE bank_line SET status = ?, payment_id = ?, reasons = ?::jsonb, suggestions = NULL
                WHERE line_id = ?""")) {
            update.setString(1, RECONCILED);
            update.setObject(2, event.paymentId());
            update.setString(3, json.writeValueAsString(List.of(event.reason())));
            update.setObject(4, event.lineId());
            update.executeUpdate();
        }
    }

    /**
     * Remembers the payer's account of an applied line for its customer, so that its next payments are recognised.
     * What a clerk decided is not overwritten by what the matching decided.
     */
    private static void learnPayer(Connection c, BankLineApplied event, Instant at) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO known_payer (legal_entity, payer_account, customer_id, learned_at, learned_from)
                SELECT legal_entity, upper(regexp_replace(counterparty_account, '\\s', '', 'g')), ?, ?, ?
                FROM bank_line WHERE line_id = ? AND counterparty_account IS NOT NULL
                ON CONFLICT (legal_entity, payer_account) DO UPDATE
                SET customer_id = excluded.customer_id, learned_at = excluded.learned_at,
                    learned_from = excluded.learned_from
                WHERE known_payer.learned_from = 'matching' OR excluded.learned_from = 'clerk'""")) {
            upsert.setObject(1, event.customerId());
            upsert.setTimestamp(2, Timestamp.from(at));
            upsert.setString(3, event.automatic() ? "matching" : "clerk");
            upsert.setObject(4, event.lineId());
            upsert.executeUpdate();
        }
    }

    /** The statement read again from its stored file: a bank format as it is, a CSV export with its mapping. */
    private BankStatement statementOf(Connection c, BankStatementImported event) throws SQLException,
            JsonProcessingException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT content, csv_mapping FROM bank_file WHERE file_id = ?")) {
            select.setObject(1, event.fileId());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("bank file " + event.fileId() + " is not stored");
                }
                String csv = row.getString(2);
                return csv == null ? reader.read(row.getBytes(1)).get(event.positionInFile())
                        : CsvStatementReader.read(row.getBytes(1), json.readValue(csv, CsvMapping.class),
                                event.maskedAccount(), event.currency(), event.reference());
            }
        }
    }

    private static void insertLines(Connection c, BankStatementImported statement, List<BankLine> lines)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO bank_line (line_id, statement_id, line_number, bank_account_id, legal_entity, currency,
                    value_date, booking_date, amount, reversal, transaction_code, bank_reference, end_to_end_id,
                    creditor_reference, remittance, counterparty_name, counterparty_account, return_reason, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (BankLine line : lines) {
                insert.setObject(1, line.lineId());
                insert.setObject(2, statement.statementId());
                insert.setInt(3, line.lineNumber());
                insert.setObject(4, statement.bankAccountId());
                insert.setString(5, statement.legalEntity());
                insert.setString(6, statement.currency());
                insert.setDate(7, Date.valueOf(line.valueDate()));
                insert.setDate(8, line.bookingDate() == null ? null : Date.valueOf(line.bookingDate()));
                insert.setBigDecimal(9, line.amount());
                insert.setBoolean(10, line.reversal());
                insert.setString(11, BankLine.cut(line.transactionCode(), 40));
                insert.setString(12, BankLine.cut(line.bankReference(), 100));
                insert.setString(13, BankLine.cut(line.endToEndId(), 100));
                insert.setString(14, BankLine.cut(line.creditorReference(), 200));
                insert.setString(15, BankLine.cut(line.remittance(), 2000));
                insert.setString(16, BankLine.cut(line.counterpartyName(), 200));
                insert.setString(17, BankLine.cut(line.counterpartyAccount(), 50));
                insert.setString(18, BankLine.cut(line.returnReason(), 10));
                insert.setString(19, UNMATCHED);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
