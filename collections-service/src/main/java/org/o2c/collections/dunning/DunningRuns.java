package org.o2c.collections.dunning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.collections.promise.PromiseChecks;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.TimeOrderedIds;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * A dunning run in one transaction: first the promises to pay whose date has passed are checked (a broken one
 * releases its items to dunning), then each customer with items past the policy's first level, leaving out items
 * under an open dispute or a running promise, is handed to its collection case, which decides what to issue.
 */
@ApplicationScoped
public class DunningRuns {
    /** Customers taken per query: bounds memory however many customers a legal entity has. */
    static final int CUSTOMERS_PER_BATCH = 200;

    @Inject
    DataSource dataSource;
    @Inject
    Commands commands;
    @Inject
    DunningPolicies policies;
    @Inject
    DunningLetters letters;
    @Inject
    PromiseChecks promiseChecks;
    @Inject
    Clock clock;

    @Transactional
    public DunningRunView run(String legalEntity, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf.isAfter(today)) {
            // levels reached in the future must not be recorded as dunned today
            throw new BusinessRuleViolation("asOf", "not-in-future", "must not be after today (" + today + ")");
        }
        int promisesBroken = promiseChecks.check(LegalEntityScope.of(List.of(legalEntity)), legalEntity, asOf)
                .broken().size();
        DunningLevels policy = policies.levelsOf(legalEntity);
        UUID runId = TimeOrderedIds.next();
        Instant ranAt = clock.instant();
        record(runId, legalEntity, asOf, ranAt, promisesBroken);

        UUID after = new UUID(0, 0); // the lowest uuid in PostgreSQL's byte order
        Map<UUID, List<OverdueItem>> batch;
        while (!(batch = candidates(legalEntity, asOf.minusDays(policy.firstDays()), after)).isEmpty()) {
            for (Map.Entry<UUID, List<OverdueItem>> customer : batch.entrySet()) {
                commands.send(new DunCustomer(new CustomerId(customer.getKey()), runId, legalEntity, asOf, policy,
                        customer.getValue()));
                after = customer.getKey();
            }
        }
        return new DunningRunView(runId, legalEntity, asOf, ranAt, promisesBroken, letters.ofRun(runId));
    }

    private void record(UUID runId, String legalEntity, LocalDate asOf, Instant ranAt, int promisesBroken) {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO dunning_run (id, legal_entity, as_of, ran_at, promises_broken) VALUES (?, ?, ?, ?, ?)")) {
            insert.setObject(1, runId);
            insert.setString(2, legalEntity);
            insert.setObject(3, asOf);
            insert.setTimestamp(4, Timestamp.from(ranAt));
            insert.setInt(5, promisesBroken);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The next customers (by id, after {@code after}) with items due on or before {@code dueBy}, and those items;
     * disputed items and items under a promise not yet checked are left out.
     */
    private Map<UUID, List<OverdueItem>> candidates(String legalEntity, LocalDate dueBy, UUID after) {
        String sql = """
                WITH eligible AS (
                    SELECT i.* FROM open_item i
                    WHERE i.legal_entity = ? AND i.open_amount > 0 AND i.due_date <= ?
                      AND NOT EXISTS (SELECT 1 FROM dispute d WHERE d.invoice_id = i.invoice_id AND d.status = 'OPEN')
                      AND NOT EXISTS (SELECT 1 FROM promise_invoice pi JOIN promise_to_pay p ON p.id = pi.promise_id
                                      WHERE pi.invoice_id = i.invoice_id AND p.status = 'OPEN')),
                customers AS (
                    SELECT DISTINCT customer_id FROM eligible WHERE customer_id > ? ORDER BY customer_id LIMIT ?)
                SELECT e.* FROM eligible e JOIN customers USING (customer_id)
                ORDER BY e.customer_id, e.currency, e.due_date, e.invoice_number""";
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, legalEntity);
            select.setObject(2, dueBy);
            select.setObject(3, after);
            select.setInt(4, CUSTOMERS_PER_BATCH);
            Map<UUID, List<OverdueItem>> byCustomer = new LinkedHashMap<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    byCustomer.computeIfAbsent(row.getObject("customer_id", UUID.class), k -> new ArrayList<>())
                            .add(new OverdueItem(row.getObject("invoice_id", UUID.class),
                                    row.getString("invoice_number"), row.getString("currency"),
                                    row.getObject("due_date", LocalDate.class), row.getBigDecimal("open_amount")));
                }
            }
            return byCustomer;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
