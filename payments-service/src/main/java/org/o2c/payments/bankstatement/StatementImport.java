package org.o2c.payments.bankstatement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2c.payments.bankaccount.BankAccountView;
import org.o2c.payments.bankaccount.BankAccounts;
import org.o2c.payments.matching.CashMatching;
import org.o2c.payments.upload.FileDigest;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.TimeOrderedIds;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Takes in a bank file: reads it (the format told from its content), refuses it whole if anything in it is wrong
 * (a balance that does not add up, an account that is not ours, a statement or the very file taken before), stores
 * it, records each of its statements and matches their credit lines. Runs inside the request's transaction, so a
 * refusal stores nothing.
 */
@ApplicationScoped
public class StatementImport {
    @Inject
    DataSource dataSource;
    @Inject
    BankAccounts bankAccounts;
    @Inject
    Commands commands;
    @Inject
    CashMatching matching;
    @Inject
    BankStatementQueries queries;
    @Inject
    Clock clock;
    @Inject
    CsvMappings csvMappings;
    @ConfigProperty(name = "o2c.bank-statements.max-bytes", defaultValue = "20971520")
    int maxBytes;
    /**
     * Lines of a file matched in the import's one transaction; its events must stay well below what the relay
     * tracks as gaps of a transaction in flight (Axon's 10,000).
     */
    @ConfigProperty(name = "o2c.bank-statements.max-lines", defaultValue = "2000")
    int maxLines;

    private final BankFileReader reader = new BankFileReader();

    /** @param bankAccountId the account a CSV export is of (null for the bank formats, which name their account) */
    public StatementImportView importFile(byte[] file, LegalEntityScope scope, UUID bankAccountId) {
        if (file == null || file.length == 0) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "file", "required", "the bank file is empty");
        }
        if (file.length > maxBytes) {
            throw ProblemException.field(ProblemType.PAYLOAD_TOO_LARGE, "file", "max-size",
                    "a bank file may have at most " + maxBytes + " bytes; split it by account or day");
        }
        String sha256 = FileDigest.sha256(file);
        CsvMapping csv = null;
        BankAccountView csvAccount = null;
        List<BankStatement> statements;
        try {
            if (bankAccountId != null && !BankFileReader.isBankFormat(file)) {
                csvAccount = scope.reveal(bankAccounts.find(bankAccountId), BankAccountView::legalEntity)
                        .orElseThrow(() -> ProblemException.field(ProblemType.UNKNOWN_REFERENCE, "bankAccountId",
                                "exists", "no bank account " + bankAccountId));
                String masked = csvAccount.maskedNumber();
                csv = csvMappings.inForce(bankAccountId).orElseThrow(() -> new BusinessRuleViolation(
                        "bankAccountId", "csv-mapping", "no CSV mapping is saved for bank account " + masked
                                + "; save one first (PUT /api/v1/bank-accounts/{id}/csv-mapping)")).mapping();
                statements = List.of(CsvStatementReader.read(file, csv, masked, csvAccount.currency(),
                        "CSV " + sha256.substring(0, 12)));
            } else {
                statements = reader.read(file);
            }
        } catch (StatementRefused refused) {
            throw new BusinessRuleViolation("file", "readable-statement", refused.getMessage());
        }
        refuseImportedFile(sha256);
        List<ImportBankStatement> imports = new ArrayList<>();
        UUID fileId = TimeOrderedIds.next();
        for (int i = 0; i < statements.size(); i++) {
            imports.add(command(statements.get(i), i, fileId, scope, csvAccount));
        }
        int lines = imports.stream().mapToInt(ImportBankStatement::lineCount).sum();
        if (lines > maxLines) {
            throw new BusinessRuleViolation("file", "max-lines", "the file holds " + lines + " lines; a file of up "
                    + "to " + maxLines + " lines is matched in one go: split it by account or by day");
        }
        storeFile(fileId, sha256, file, csv);
        imports.forEach(commands::send);
        List<UUID> ids = imports.stream().map(ImportBankStatement::statementId).toList();
        CashMatching.Outcome outcome = matching.matchStatements(ids);
        return new StatementImportView(ids.stream().map(id -> queries.statement(id).orElseThrow()).toList(),
                outcome.applied(), outcome.waiting(), outcome.reconciled(), outcome.returned(),
                outcome.supplierPayments());
    }

    /** @param known the account a CSV export was sent for, or null to find the account the statement names */
    private ImportBankStatement command(BankStatement statement, int position, UUID fileId, LegalEntityScope scope,
                                        BankAccountView known) {
        String at = "statement " + (position + 1) + " (" + statement.statementId() + ")";
        BankAccountView account = known != null ? known : scope.reveal(bankAccounts.byNumber(statement.account()),
                BankAccountView::legalEntity).orElseThrow(() -> ProblemException.field(ProblemType.UNKNOWN_REFERENCE,
                "file", "bank-account", at + " is of account " + statement.account()
                        + ", which is not one of our registered bank accounts; register it first"));
        if (!account.currency().equals(statement.currency())) {
            throw new BusinessRuleViolation("file", "account-currency", at + " is in " + statement.currency()
                    + "; account " + account.maskedNumber() + " is kept in " + account.currency());
        }
        String sequence = statement.sequence() == null || statement.sequence().isBlank() ? null
                : statement.sequence();
        refuseImportedStatement(account, statement, sequence, at);
        UUID statementId = TimeOrderedIds.next();
        List<BankLine> lines = BankLine.of(statementId, statement);
        if (statement.format() == StatementFormat.CSV) {
            refuseOverlap(account, lines);
        }
        BigDecimal credits = lines.stream().map(BankLine::amount).filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal debits = lines.stream().map(BankLine::amount).filter(a -> a.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add).negate();
        return new ImportBankStatement(statementId, account.bankAccountId(), account.legalEntity(),
                account.maskedNumber(), account.currency(), statement.format(),
                BankLine.cut(statement.statementId(), 100),
                sequence == null ? null : BankLine.cut(sequence, 40),
                statement.opening() == null ? null : statement.opening().date(),
                statement.opening() == null ? null : statement.opening().amount(),
                statement.closing() == null ? null : statement.closing().date(),
                statement.closing() == null ? null : statement.closing().amount(),
                lines.size(), credits, debits, fileId, position);
    }

    private void refuseImportedFile(String sha256) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT received_at FROM bank_file WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    throw ProblemException.field(ProblemType.CONFLICT, "file", "not-imported-before",
                            "this very file was imported on " + rs.getTimestamp(1).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same reference and number, and the same closing balance and date: the same statement. */
    /**
     * A CSV export has no statement number: one that repeats a row of an earlier export of the account (same value
     * and booking date, amount, counterparty account and text) is refused, naming the first such row, since
     * exports of overlapping days would otherwise take the same movement twice.
     */
    private void refuseOverlap(BankAccountView account, List<BankLine> lines) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT x.n, x.vd, x.amount FROM unnest(?::int[], ?::date[], ?::numeric[], ?::date[], ?::text[],
                    ?::text[]) AS x(n, vd, amount, bd, party, text)
                WHERE EXISTS (SELECT 1 FROM bank_line l JOIN bank_statement s ON s.statement_id = l.statement_id
                    WHERE l.bank_account_id = ? AND s.format = 'CSV' AND l.value_date = x.vd AND l.amount = x.amount
                      AND l.booking_date IS NOT DISTINCT FROM x.bd
                      AND l.counterparty_account IS NOT DISTINCT FROM x.party
                      AND l.remittance IS NOT DISTINCT FROM x.text)
                ORDER BY x.n LIMIT 1""")) {
            select.setArray(1, c.createArrayOf("int4", lines.stream().map(BankLine::lineNumber).toArray()));
            select.setArray(2, c.createArrayOf("date", lines.stream().map(l -> java.sql.Date.valueOf(l.valueDate()))
                    .toArray()));
            select.setArray(3, c.createArrayOf("numeric", lines.stream().map(BankLine::amount).toArray()));
            select.setArray(4, c.createArrayOf("date", lines.stream().map(l -> l.bookingDate() == null ? null
                    : java.sql.Date.valueOf(l.bookingDate())).toArray()));
            select.setArray(5, c.createArrayOf("text", lines.stream()
                    .map(l -> BankLine.cut(l.counterpartyAccount(), 50)).toArray()));
            select.setArray(6, c.createArrayOf("text", lines.stream().map(l -> BankLine.cut(l.remittance(), 2000))
                    .toArray()));
            select.setObject(7, account.bankAccountId());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    throw ProblemException.field(ProblemType.CONFLICT, "file", "not-imported-before",
                            "line " + rs.getInt(1) + " (" + rs.getDate(2) + ", " + rs.getBigDecimal(3)
                                    + ") was imported before from an earlier export of account "
                                    + account.maskedNumber() + "; export only days not yet imported");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void refuseImportedStatement(BankAccountView account, BankStatement statement, String sequence,
                                         String at) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT imported_at FROM bank_statement
                WHERE bank_account_id = ? AND reference = ? AND coalesce(sequence, '') = ?
                  AND coalesce(closing_date, '-infinity'::date) = coalesce(?, '-infinity'::date)
                  AND coalesce(closing_balance, 0) = coalesce(?, 0)""")) {
            select.setObject(1, account.bankAccountId());
            select.setString(2, BankLine.cut(statement.statementId(), 100));
            select.setString(3, sequence == null ? "" : BankLine.cut(sequence, 40));
            select.setObject(4, statement.closing() == null ? null : statement.closing().date());
            select.setBigDecimal(5, statement.closing() == null ? null : statement.closing().amount());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    throw ProblemException.field(ProblemType.CONFLICT, "file", "not-imported-before", at
                            + (sequence == null ? "" : " number " + sequence) + " of account "
                            + account.maskedNumber() + " was imported on " + rs.getTimestamp(1).toInstant());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file as received, with the CSV mapping it was read with (null for a bank format). */
    private void storeFile(UUID fileId, String sha256, byte[] file, CsvMapping csv) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO bank_file (file_id, sha256, content, received_at, csv_mapping) VALUES (?, ?, ?, ?, "
                        + "?::jsonb) ON CONFLICT (sha256) DO NOTHING")) {
            insert.setObject(1, fileId);
            insert.setString(2, sha256);
            insert.setBytes(3, file);
            insert.setTimestamp(4, Timestamp.from(Instant.now(clock)));
            insert.setString(5, csv == null ? null : csvMappings.toJson(csv));
            if (insert.executeUpdate() == 0) {
                throw ProblemException.field(ProblemType.CONFLICT, "file", "not-imported-before",
                        "this very file is being imported by another request");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
