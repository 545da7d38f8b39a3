package org.o2c.payments.refund;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.payments.RefundIssued;
import org.o2c.events.payments.RefundRejected;
import org.o2c.events.payments.RefundRequested;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/** The refunds as the REST API shows them, written in the same transaction as the accounts' events. */
@Singleton
public class RefundRegister {
    static final String AWAITING_APPROVAL = "AWAITING_APPROVAL";
    static final String ISSUED = "ISSUED";
    static final String REJECTED = "REJECTED";

    @Inject
    DataSource dataSource;

    @EventHandler
    void on(RefundRequested event) throws SQLException {
        insert(event.refundId(), event.accountId(), event.customerId(), event.legalEntity(), event.currency(),
                event.source(), event.paymentId(), event.amount(), event.payee(), event.reason(), AWAITING_APPROVAL,
                event.requestedBy(), event.requestedOn(), null, null);
    }

    @EventHandler
    void on(RefundIssued event) throws SQLException {
        insert(event.refundId(), event.accountId(), event.customerId(), event.legalEntity(), event.currency(),
                event.source(), event.paymentId(), event.amount(), event.payee(), event.reason(), ISSUED,
                event.requestedBy(), event.issuedOn(), event.approvedBy(), event.issuedOn());
    }

    @EventHandler
    void on(RefundRejected event) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE refund SET status = ?, decided_by = ?, decision_note = ? WHERE refund_id = ?")) {
            update.setString(1, REJECTED);
            update.setString(2, event.rejectedBy());
            update.setString(3, event.reason());
            update.setObject(4, event.refundId());
            update.executeUpdate();
        }
    }

    /** A refund issued after waiting keeps the day it was asked for; the rest is as issued. */
    private void insert(UUID refundId, UUID accountId, UUID customerId, String legalEntity, String currency,
                        String source, UUID paymentId, java.math.BigDecimal amount, String payee, String reason,
                        String status, String requestedBy, LocalDate requestedOn, String decidedBy,
                        LocalDate issuedOn) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO refund (refund_id, account_id, customer_id, legal_entity, currency, source, payment_id,
                    amount, payee_masked, reason, status, requested_by, requested_on, decided_by, issued_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (refund_id) DO UPDATE SET status = EXCLUDED.status, decided_by = EXCLUDED.decided_by,
                    issued_on = EXCLUDED.issued_on""")) {
            upsert.setObject(1, refundId);
            upsert.setObject(2, accountId);
            upsert.setObject(3, customerId);
            upsert.setString(4, legalEntity);
            upsert.setString(5, currency);
            upsert.setString(6, source);
            upsert.setObject(7, paymentId);
            upsert.setBigDecimal(8, amount);
            upsert.setString(9, payee);
            upsert.setString(10, reason);
            upsert.setString(11, status);
            upsert.setString(12, requestedBy);
            upsert.setObject(13, requestedOn);
            upsert.setString(14, decidedBy);
            upsert.setObject(15, issuedOn, java.sql.Types.DATE);
            upsert.executeUpdate();
        }
    }

    public Optional<RefundView> find(UUID refundId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT * FROM refund WHERE refund_id = ?")) {
            select.setObject(1, refundId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(view(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The account a refund belongs to, whether or not the caller may see it. */
    Optional<UUID> accountOf(UUID refundId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT account_id FROM refund WHERE refund_id = ?")) {
            select.setObject(1, refundId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest request first, of the legal entities in scope, filtered as given (null: any). */
    public Page<RefundView> list(LegalEntityScope scope, String status, UUID customerId, int page, int size) {
        return Where.inScope(scope, "legal_entity")
                .equal("status", status == null ? null : status.toUpperCase(Locale.ROOT))
                .equal("customer_id", customerId)
                .page("refund", "requested_on DESC, refund_id").fetch(dataSource, page, size, RefundRegister::view);
    }

    private static RefundView view(ResultSet row) throws SQLException {
        return new RefundView(row.getObject("refund_id", UUID.class), row.getObject("customer_id", UUID.class),
                row.getString("legal_entity"), row.getString("currency"), row.getString("source"),
                row.getObject("payment_id", UUID.class), row.getBigDecimal("amount"), row.getString("payee_masked"),
                row.getString("reason"), row.getString("status"), row.getString("requested_by"),
                row.getObject("requested_on", LocalDate.class), row.getString("decided_by"),
                row.getString("decision_note"), row.getObject("issued_on", LocalDate.class));
    }
}
