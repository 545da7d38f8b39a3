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
    @ConfigProperty(name = "o2c.bank-statements.max-bytes", defaultValue = "20971520")
    int maxBytes;
    /**
     * Lines of a file matched in the import's one transaction; its events must stay well below what the relay
     * tracks as gaps of a transaction in flight (Axon's 10,000).
     */
    @ConfigProperty(name = "o2c.bank-statements.max-lines", defaultValue = "2000")
    int maxLines;

    private final BankFileReader reader = new BankFileReader();

    public StatementImportView importFile(byte[] file, LegalEntityScope scope) {
        if (file == null || file.length == 0) {
            throw ProblemException.field(ProblemType.VALIDATION_FAILED, "file", "required", "the bank file is empty");
        }
        if (file.length > maxBytes) {
            throw ProblemException.field(ProblemType.PAYLOAD_TOO_LARGE, "file", "max-size",
                    "a bank file may have at most " + maxBytes + " bytes; split it by account or day");
        }
        List<BankStatement> statements;
        try {
            statements = reader.read(file);
        } catch (StatementRefused refused) {
            throw new BusinessRuleViolation("file", "readable-statement", refused.getMessage());
        }
        String sha256 = FileDigest.sha256(file);
        refuseImportedFile(sha256);
        List<ImportBankStatement> imports = new ArrayList<>();
        UUID fileId = TimeOrderedIds.next();
        for (int i = 0; i < statements.size(); i++) {
            imports.add(command(statements.get(i), i, fileId, scope));
        }
        int lines = imports.stream().mapToInt(ImportBankStatement::lineCount).sum();
        if (lines > maxLines) {
            throw new BusinessRuleViolation("file", "max-lines", "the file holds " + lines + " lines; a file of up "
                    + "to " + maxLines + " lines is matched in one go: split it by account or by day");
        }
        storeFile(fileId, sha256, file);
        imports.forEach(commands::send);
        List<UUID> ids = imports.stream().map(ImportBankStatement::statementId).toList();
        CashMatching.Outcome outcome = matching.matchStatements(ids);
        return new StatementImportView(ids.stream().map(id -> queries.statement(id).orElseThrow()).toList(),
                outcome.applied(), outcome.waiting(), outcome.reconciled(), outcome.returned());
    }

    private ImportBankStatement command(BankStatement statement, int position, UUID fileId, LegalEntityScope scope) {
        String at = "statement " + (position + 1) + " (" + statement.statementId() + ")";
        BankAccountView account = scope.reveal(bankAccounts.byNumber(statement.account()),
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

    private void storeFile(UUID fileId, String sha256, byte[] file) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO bank_file (file_id, sha256, content, received_at) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (sha256) DO NOTHING")) {
            insert.setObject(1, fileId);
            insert.setString(2, sha256);
            insert.setBytes(3, file);
            insert.setTimestamp(4, Timestamp.from(Instant.now(clock)));
            if (insert.executeUpdate() == 0) {
                throw ProblemException.field(ProblemType.CONFLICT, "file", "not-imported-before",
                        "this very file is being imported by another request");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
