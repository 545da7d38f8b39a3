package org.o2c.credit.exposure;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.ReceivableAccountEvent;
import org.o2c.credit.profile.RecordExposure;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * Keeps every customer's exposure current from the payments topic, profile or not:
 * {@code exposure = openItems - unappliedCash - creditBalance} of the account totals each receivable-account event
 * carries (open orders are not counted yet). The topic is ordered per account, so the latest event's totals are
 * the account's totals. For a customer with a credit profile, the new exposure goes on to the profile, which
 * decides breach and hold, in the same transaction as the consumer's record of the event: a redelivered event
 * takes effect once.
 */
@Singleton
public class ReceivableExposure implements EventConsumer {
    @Inject
    DataSource dataSource;
    @Inject
    Commands commands;

    @Override
    public String name() {
        return "receivable-exposure";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("payments"));
    }

    /**
     * A poll's exposures: each customer's row is written once, with the totals of its last event in the poll, in
     * one batch; then every event of a customer with a credit profile goes to the profile in order, so that the
     * profile sees each step (a breach and a return below the limit within one poll are both decided).
     */
    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        List<Change> changes = new ArrayList<>();
        for (EventEnvelope<? extends PublishedEvent> event : events) {
            // InvoiceSettled and others carry no totals; the events around them do
            if (event.payload() instanceof ReceivableAccountEvent account && account.account() != null) {
                changes.add(new Change(account, event));
            }
        }
        if (changes.isEmpty()) {
            return;
        }
        Map<CustomerCurrency, Change> latest = new LinkedHashMap<>();
        changes.forEach(change -> latest.put(change.customerCurrency(), change));
        try (Connection c = dataSource.getConnection()) {
            // the upsert locks the customer's exposure row; a limit change for the same customer waits for it, so
            // the profile always decides on the exposure the read model shows
            upsert(c, latest.values());
            Set<CustomerCurrency> profiled = profiled(c, latest.keySet());
            for (Change change : changes) {
                if (profiled.contains(change.customerCurrency())) {
                    commands.sendCausedBy(new RecordExposure(new CustomerId(change.account().customerId()),
                            Currency.getInstance(change.account().currency()), change.exposure()), change.event());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the exposures of " + latest.size() + " customers", e);
        }
    }

    private static void upsert(Connection c, Collection<Change> changes) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO customer_exposure (customer_id, currency, account_id, legal_entity, open_items,
                    unapplied_cash, credit_balance, exposure, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (customer_id, currency) DO UPDATE SET account_id = EXCLUDED.account_id,
                    legal_entity = EXCLUDED.legal_entity, open_items = EXCLUDED.open_items,
                    unapplied_cash = EXCLUDED.unapplied_cash, credit_balance = EXCLUDED.credit_balance,
                    exposure = EXCLUDED.exposure, updated_at = EXCLUDED.updated_at""")) {
            for (Change change : changes) {
                ReceivableAccountEvent account = change.account();
                AccountTotals totals = account.account();
                Instant at = change.event().time();
                upsert.setObject(1, account.customerId());
                upsert.setString(2, account.currency());
                upsert.setObject(3, account.accountId());
                upsert.setString(4, account.legalEntity());
                upsert.setBigDecimal(5, totals.openItems());
                upsert.setBigDecimal(6, totals.unappliedCash());
                upsert.setBigDecimal(7, totals.creditBalance());
                upsert.setBigDecimal(8, change.exposure());
                upsert.setTimestamp(9, at == null ? null : Timestamp.from(at));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Which of these customers' currencies have a credit profile. */
    private static Set<CustomerCurrency> profiled(Connection c, Set<CustomerCurrency> candidates)
            throws SQLException {
        Set<CustomerCurrency> profiled = new HashSet<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT customer_id, currency FROM credit_profile WHERE customer_id = ANY (?)""")) {
            select.setArray(1, c.createArrayOf("uuid",
                    candidates.stream().map(CustomerCurrency::customerId).distinct().toArray()));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    profiled.add(new CustomerCurrency(row.getObject(1, UUID.class), row.getString(2)));
                }
            }
        }
        profiled.retainAll(candidates);
        return profiled;
    }

    /**
     * The customer's exposure in a currency, with its row locked until the transaction ends (created at zero if
     * no payments event has come yet), so that no exposure update slips between reading it and deciding on it.
     */
    public BigDecimal lockExposure(UUID customerId, String currency) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO customer_exposure (customer_id, currency) "
                    + "VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setObject(1, customerId);
                insert.setString(2, currency);
                insert.executeUpdate();
            }
            try (PreparedStatement select = c.prepareStatement("SELECT exposure FROM customer_exposure "
                    + "WHERE customer_id = ? AND currency = ? FOR UPDATE")) {
                select.setObject(1, customerId);
                select.setString(2, currency);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getBigDecimal(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record CustomerCurrency(UUID customerId, String currency) {
    }

    /** An account event with totals, and the envelope it came in (its time, and the cause of a command). */
    private record Change(ReceivableAccountEvent account, EventEnvelope<?> event) {
        CustomerCurrency customerCurrency() {
            return new CustomerCurrency(account.customerId(), account.currency());
        }

        BigDecimal exposure() {
            AccountTotals totals = account.account();
            return totals.openItems().subtract(totals.unappliedCash()).subtract(totals.creditBalance());
        }
    }
}
