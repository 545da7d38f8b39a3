package org.o2c.collections.promise;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Decides the promises to pay whose date is before the as-of date. What counts as paid: the customer's payments in
 * the promise's currency with a value date from the day the promise was recorded up to the promised date, less
 * any the bank returned. A payment counts for every promise of the customer it falls within.
 */
@ApplicationScoped
public class PromiseChecks {
    private static final int BATCH = 500;

    @Inject
    DataSource dataSource;
    @Inject
    Commands commands;
    @Inject
    Promises promises;
    @Inject
    Clock clock;

    /** Due promise with what was paid within it. */
    private record Due(UUID id, LocalDate promisedDate, BigDecimal received) {
    }

    @Transactional
    /**
     * Checks the open promises due before {@code asOf} of one legal entity, or of every legal entity in the scope
     * when none is named.
     */
    public PromiseCheckView check(LegalEntityScope scope, String legalEntity, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf.isAfter(today)) {
            throw new BusinessRuleViolation("asOf", "not-in-future", "must not be after today (" + today + ")");
        }
        List<UUID> broken = new ArrayList<>();
        int kept = 0;
        LocalDate afterDate = LocalDate.of(1, 1, 1);
        UUID afterId = new UUID(0, 0);
        List<Due> batch;
        String[] legalEntities = legalEntity != null ? new String[] {legalEntity} : scope.sqlFilter();
        while (!(batch = due(legalEntities, asOf, afterDate, afterId)).isEmpty()) {
            for (Due promise : batch) {
                PromiseStatus status = commands.send(new CheckPromise(new PromiseId(promise.id()), asOf,
                        promise.received()));
                if (status == PromiseStatus.BROKEN) {
                    broken.add(promise.id());
                } else if (status == PromiseStatus.KEPT) {
                    kept++;
                }
                afterDate = promise.promisedDate();
                afterId = promise.id();
            }
        }
        return new PromiseCheckView(asOf, legalEntity, promises.findAll(broken), kept);
    }

    /** The next open promises dated before {@code asOf}, in (promised date, id) order, with what was paid. */
    private List<Due> due(String[] legalEntities, LocalDate asOf, LocalDate afterDate, UUID afterId) {
        String sql = """
                SELECT p.id, p.promised_date,
                       (SELECT coalesce(sum(r.amount), 0) FROM received_payment r
                        WHERE r.customer_id = p.customer_id AND r.currency = p.currency AND NOT r.returned
                          AND r.value_date BETWEEN p.recorded_on AND p.promised_date) AS received
                FROM promise_to_pay p
                WHERE p.status = 'OPEN' AND p.promised_date < ? AND (p.promised_date, p.id) > (?, ?)"""
                + (legalEntities == null ? "" : " AND p.legal_entity = ANY (?)")
                + " ORDER BY p.promised_date, p.id LIMIT " + BATCH;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, asOf);
            select.setObject(2, afterDate);
            select.setObject(3, afterId);
            if (legalEntities != null) {
                select.setArray(4, c.createArrayOf("varchar", legalEntities));
            }
            List<Due> due = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    due.add(new Due(row.getObject("id", UUID.class), row.getObject("promised_date", LocalDate.class),
                            row.getBigDecimal("received")));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
