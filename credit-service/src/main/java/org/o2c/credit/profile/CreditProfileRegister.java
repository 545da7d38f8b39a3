package org.o2c.credit.profile;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.o2c.events.credit.CreditHoldPlaced;
import org.o2c.events.credit.CreditHoldReleased;
import org.o2c.events.credit.CreditLimitChanged;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.PageQuery;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * The credit profile read model, updated in the same transaction as the profile's events. Its version is the
 * sequence number of the last event that changed what the profile shows: the ETag of the profile.
 */
@Singleton
public class CreditProfileRegister {
    private static final String VIEW = """
            credit_profile p LEFT JOIN customer_exposure e
                ON e.customer_id = p.customer_id AND e.currency = p.currency""";
    private static final String COLUMNS = """
            p.*, e.open_items, e.unapplied_cash, e.credit_balance, e.exposure, e.updated_at AS exposure_updated_at""";

    @Inject
    DataSource dataSource;

    @EventHandler
    void on(CreditLimitChanged event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) throws SQLException {
        update("""
                INSERT INTO credit_profile (customer_id, legal_entity, currency, credit_limit, version, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE SET credit_limit = EXCLUDED.credit_limit,
                    pending_limit = NULL, pending_requested_by = NULL, pending_requested_at = NULL,
                    version = EXCLUDED.version, updated_at = EXCLUDED.updated_at""",
                event.customerId(), event.legalEntity(), event.currency(), event.newLimit(), sequence, ts(at));
    }

    @EventHandler
    void on(CreditLimitRaiseRequested event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) throws SQLException {
        update("""
                UPDATE credit_profile SET pending_limit = ?, pending_requested_by = ?, pending_requested_at = ?,
                    version = ?, updated_at = ? WHERE customer_id = ?""",
                event.requestedLimit(), event.requestedBy(), ts(at), sequence, ts(at), event.customerId());
    }

    @EventHandler
    void on(CreditLimitRaiseRejected event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) throws SQLException {
        update("""
                UPDATE credit_profile SET pending_limit = NULL, pending_requested_by = NULL,
                    pending_requested_at = NULL, version = ?, updated_at = ? WHERE customer_id = ?""",
                sequence, ts(at), event.customerId());
    }

    @EventHandler
    void on(CreditHoldPlaced event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) throws SQLException {
        update("UPDATE credit_profile SET on_hold = TRUE, hold_reason = ?, version = ?, updated_at = ? "
                + "WHERE customer_id = ?", event.reason(), sequence, ts(at), event.customerId());
    }

    @EventHandler
    void on(CreditHoldReleased event, @SequenceNumber long sequence,
            @org.axonframework.eventhandling.Timestamp Instant at) throws SQLException {
        update("UPDATE credit_profile SET on_hold = FALSE, hold_reason = NULL, version = ?, updated_at = ? "
                + "WHERE customer_id = ?", sequence, ts(at), event.customerId());
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }

    public Optional<CreditProfileView> find(UUID customerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM " + VIEW + " WHERE p.customer_id = ?")) {
            select.setObject(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The profile's version, with its row locked until the transaction ends, so that an If-Match check and the
     * change it guards cannot be overtaken by another request; empty when the customer has no profile.
     */
    public Optional<Long> lockVersion(UUID customerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT version FROM credit_profile WHERE customer_id = ? FOR UPDATE")) {
            select.setObject(1, customerId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Profiles by customer id, of the legal entities in scope; optionally only those on hold or only those with a
     * raise awaiting approval.
     */
    public Page<CreditProfileView> list(LegalEntityScope scope, Boolean onHold, Boolean pendingApproval, int page,
                                        int size) {
        // PageQuery selects * from its table: the joined view is given as a subquery with distinct column names
        Where where = Where.inScope(scope, "legal_entity").equal("on_hold", onHold);
        if (pendingApproval != null) {
            where.condition(pendingApproval ? "pending_limit IS NOT NULL" : "pending_limit IS NULL");
        }
        return where.page("(SELECT " + COLUMNS + " FROM " + VIEW + ") AS profile", "customer_id")
                .fetch(dataSource, page, size, CreditProfileRegister::view);
    }

    private static CreditProfileView view(ResultSet row) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        BigDecimal limit = money(row.getBigDecimal("credit_limit"), currency);
        BigDecimal exposure = money(row.getBigDecimal("exposure"), currency);
        BigDecimal available = limit.subtract(exposure).max(money(BigDecimal.ZERO, currency));
        BigDecimal pendingLimit = row.getBigDecimal("pending_limit");
        PendingLimitChangeView pending = pendingLimit == null ? null : new PendingLimitChangeView(
                money(pendingLimit, currency), row.getString("pending_requested_by"),
                row.getTimestamp("pending_requested_at").toInstant());
        Timestamp exposureAt = row.getTimestamp("exposure_updated_at");
        return new CreditProfileView(row.getObject("customer_id", UUID.class), row.getString("legal_entity"),
                currency.getCurrencyCode(), limit, exposure,
                new ExposureView(money(row.getBigDecimal("open_items"), currency),
                        money(row.getBigDecimal("unapplied_cash"), currency),
                        money(row.getBigDecimal("credit_balance"), currency),
                        exposureAt == null ? null : exposureAt.toInstant()),
                available, row.getBoolean("on_hold"), row.getString("hold_reason"), pending, row.getLong("version"),
                row.getTimestamp("updated_at").toInstant());
    }

    /** An amount at its currency's minor unit; no exposure row yet means nothing owed. */
    private static BigDecimal money(BigDecimal amount, Currency currency) {
        return Money.of(amount == null ? BigDecimal.ZERO : amount, currency).amount();
    }
}
