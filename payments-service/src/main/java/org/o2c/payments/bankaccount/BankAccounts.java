package org.o2c.payments.bankaccount;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.payments.BankAccountRef;
import org.o2c.events.payments.BankAccountRegistered;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Our bank accounts: registers them (the full number into its own table, the rest as events) and keeps their read
 * model, in the same transaction as the events. A statement finds its account here by the number it names.
 */
@Singleton
public class BankAccounts {
    @Inject
    DataSource dataSource;
    @Inject
    Commands commands;
    /** How the ledger books each account, once read: a registered account is never changed. */
    private final Map<UUID, BankAccountRef> bookings = new ConcurrentHashMap<>();

    /** Runs inside the request's transaction: the number's row and the account's event commit together. */
    public BankAccountView register(RegisterBankAccountRequest request) {
        BankAccountNumber number = BankAccountNumber.parse("accountNumber", request.accountNumber());
        String bic = BankAccountNumber.bic("bic", request.bic());
        BankAccountId id = BankAccountId.newId();
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO bank_account_number (account_number, bank_account_id) VALUES (?, ?) "
                        + "ON CONFLICT (account_number) DO NOTHING")) {
            insert.setString(1, number.value());
            insert.setObject(2, id.value());
            if (insert.executeUpdate() == 0) {
                throw ProblemException.field(ProblemType.CONFLICT, "accountNumber", "unique",
                        "account " + number.masked() + " is already registered");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        commands.send(new RegisterBankAccount(id, request.legalEntity(), request.name(), number.masked(), bic,
                Currency.getInstance(request.currency()), request.clearingAccount()));
        return find(id.value()).orElseThrow();
    }

    @EventHandler
    void on(BankAccountRegistered event, @org.axonframework.eventhandling.Timestamp Instant registeredAt)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO bank_account (bank_account_id, legal_entity, name, masked_number, bic, currency,
                    clearing_account, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, event.bankAccountId());
            insert.setString(2, event.legalEntity());
            insert.setString(3, event.name());
            insert.setString(4, event.maskedNumber());
            insert.setString(5, event.bic());
            insert.setString(6, event.currency());
            insert.setString(7, event.clearingAccount());
            insert.setTimestamp(8, Timestamp.from(registeredAt));
            insert.executeUpdate();
        }
    }

    public Optional<BankAccountView> find(UUID bankAccountId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM bank_account WHERE bank_account_id = ?")) {
            select.setObject(1, bankAccountId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How the ledger books a registered account's movements: its id and clearing account. */
    public BankAccountRef booking(UUID bankAccountId) {
        return bookings.computeIfAbsent(bankAccountId, id -> find(id)
                .map(account -> new BankAccountRef(id, account.clearingAccount()))
                .orElseThrow(() -> new IllegalStateException("no bank account " + id)));
    }

    /** The registered account a statement's account field names (see {@link BankAccountNumber#candidates}). */
    public Optional<BankAccountView> byNumber(String statementAccount) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT a.* FROM bank_account_number n JOIN bank_account a USING (bank_account_id)
                WHERE n.account_number = ANY (?) ORDER BY array_position(?, n.account_number) LIMIT 1""")) {
            Array candidates = c.createArrayOf("varchar",
                    BankAccountNumber.candidates(statementAccount).toArray());
            select.setArray(1, candidates);
            select.setArray(2, candidates);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** By name, of the legal entities in scope; optionally of one legal entity. */
    public Page<BankAccountView> list(LegalEntityScope scope, String legalEntity, int page, int size) {
        return Where.inScope(scope, "legal_entity").equal("legal_entity", legalEntity)
                .page("bank_account", "name, bank_account_id").fetch(dataSource, page, size, BankAccounts::view);
    }

    private static BankAccountView view(ResultSet row) throws SQLException {
        return new BankAccountView(row.getObject("bank_account_id", UUID.class), row.getString("legal_entity"),
                row.getString("name"), row.getString("masked_number"), row.getString("bic"),
                row.getString("currency"), row.getString("clearing_account"),
                row.getTimestamp("registered_at").toInstant());
    }
}
