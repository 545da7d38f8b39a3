package org.o2c.collections.promise;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.o2c.events.collections.PromiseBroken;
import org.o2c.events.collections.PromiseToPayRecorded;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.paging.Where;
import org.o2c.runtime.security.LegalEntityScope;

/** The promise read model, updated in the transaction of the request that changes a promise. */
@Singleton
public class Promises {
    /** Each promise with its invoices, in one query however many promises a page holds. */
    private static final String WITH_INVOICES = "(SELECT p.*, (SELECT array_agg(pi.invoice_id ORDER BY pi.invoice_id) "
            + "FROM promise_invoice pi WHERE pi.promise_id = p.id) AS invoice_ids FROM promise_to_pay p) AS promise";

    @Inject
    DataSource dataSource;

    /** Payments count towards the promise from the day it was recorded, the day of its event. */
    @EventHandler
    void on(PromiseToPayRecorded event, @org.axonframework.eventhandling.Timestamp Instant recordedAt)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO promise_to_pay (id, customer_id, legal_entity, currency, amount, promised_date, recorded_on,
                    status)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN')""");
             PreparedStatement invoice = c.prepareStatement(
                     "INSERT INTO promise_invoice (promise_id, invoice_id) VALUES (?, ?)")) {
            insert.setObject(1, event.promiseId());
            insert.setObject(2, event.customerId());
            insert.setString(3, event.legalEntity());
            insert.setString(4, event.currency());
            insert.setBigDecimal(5, event.amount());
            insert.setObject(6, event.promisedDate());
            insert.setObject(7, LocalDate.ofInstant(recordedAt, ZoneOffset.UTC));
            insert.executeUpdate();
            for (UUID invoiceId : event.invoiceIds()) {
                invoice.setObject(1, event.promiseId());
                invoice.setObject(2, invoiceId);
                invoice.addBatch();
            }
            invoice.executeBatch();
        }
    }

    @EventHandler
    void on(PromiseKept event) throws SQLException {
        closed(event.promiseId(), PromiseStatus.KEPT, event.receivedAmount(), event.checkedOn());
    }

    @EventHandler
    void on(PromiseBroken event) throws SQLException {
        closed(event.promiseId(), PromiseStatus.BROKEN, event.receivedAmount(), event.detectedOn());
    }

    private void closed(UUID id, PromiseStatus status, java.math.BigDecimal received, LocalDate checkedOn)
            throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE promise_to_pay SET status = ?, received_amount = ?, checked_on = ? WHERE id = ?")) {
            update.setString(1, status.name());
            update.setBigDecimal(2, received);
            update.setObject(3, checkedOn);
            update.setObject(4, id);
            update.executeUpdate();
        }
    }

    public Optional<PromiseView> find(UUID id) {
        List<PromiseView> found = findAll(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<PromiseView> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT * FROM " + WITH_INVOICES + " WHERE id = ANY (?) ORDER BY promised_date, id")) {
            select.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            List<PromiseView> promises = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    promises.add(view(row));
                }
            }
            return promises;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest promised date first, of the legal entities in scope; optionally of one customer and one status. */
    public Page<PromiseView> list(LegalEntityScope scope, UUID customerId, PromiseStatus status, int page, int size) {
        return Where.inScope(scope, "legal_entity").equal("customer_id", customerId)
                .equal("status", status == null ? null : status.name())
                .page(WITH_INVOICES, "promised_date DESC, id").fetch(dataSource, page, size, Promises::view);
    }

    static PromiseView view(ResultSet row) throws SQLException {
        Array invoices = row.getArray("invoice_ids");
        List<UUID> invoiceIds = invoices == null ? List.of() : Arrays.asList((UUID[]) invoices.getArray());
        return new PromiseView(row.getObject("id", UUID.class), row.getObject("customer_id", UUID.class),
                row.getString("legal_entity"), row.getString("currency"), row.getBigDecimal("amount"),
                row.getObject("promised_date", LocalDate.class), invoiceIds,
                row.getObject("recorded_on", LocalDate.class), PromiseStatus.valueOf(row.getString("status")),
                row.getBigDecimal("received_amount"), row.getObject("checked_on", LocalDate.class));
    }
}
