package org.o2c.reporting.aging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.OpenAmountChange;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.ReceivableAccountEvent;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.kafka.KafkaSettings;

/**
 * Keeps the receivables read models (open items, their dated movements, accounts' unapplied cash and credit
 * balance, the entries of statements of account) from the receivables ledger on the payments topic, the one
 * writer of open amounts; customer names come from the invoicing topic.
 *
 * <p>The ledger's topic is ordered per account, and every event carries the amounts after it, so each change is
 * recorded as "after minus before", dated by the business date the event names, never by the time it is read.
 * Names are joined when a report is read, so a customer registered after its first open item still shows. Runs
 * inside the consumer's transaction, which also records each event id: a redelivered event changes nothing.
 *
 * <p>A poll is written kind by kind, each kind as one JDBC batch in the events' order: customers, new open items,
 * open-amount moves, account balances, statement entries. That is the same as event by event: an item's move always
 * comes after its recording in the ledger's order, balances are reckoned in memory in event order, and customers
 * and entries depend on nothing else in the poll.
 */
@Singleton
public class ArAgingProjection implements EventConsumer {
    private static final Set<Class<? extends PublishedEvent>> TAKEN = Set.of(CustomerRegistered.class,
            OpenItemRecorded.class, CreditNoteApplied.class, PaymentReceived.class, PaymentApplied.class,
            PaymentReturned.class);

    @Inject
    DataSource dataSource;

    @Override
    public String name() {
        return "receivables";
    }

    @Override
    public List<String> topics() {
        return List.of(KafkaSettings.topicOf("payments"), KafkaSettings.topicOf("invoicing"));
    }

    /** Other events of these topics (InvoiceIssued, InvoiceSettled...) do not change what the ledger says. */
    @Override
    public boolean takes(Class<? extends PublishedEvent> eventType) {
        return TAKEN.contains(eventType);
    }

    @Override
    public void consume(List<EventEnvelope<? extends PublishedEvent>> events) {
        Changes changes = new Changes();
        events.forEach(changes::add);
        try (Connection c = dataSource.getConnection()) {
            changes.write(c);
        } catch (SQLException e) {
            throw new IllegalStateException("could not project " + events.size() + " events from "
                    + events.get(0).id(), e);
        }
    }

    private record Balances(BigDecimal unappliedCash, BigDecimal creditBalance) {
        static final Balances NONE = new Balances(BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private record ItemMove(String eventId, UUID invoiceId, BigDecimal openAfter, LocalDate effectiveDate) {
    }

    private record AccountChange(String eventId, ReceivableAccountEvent account, LocalDate effectiveDate) {
        AccountTotals after() {
            return account.account();
        }
    }

    private record Entry(String eventId, UUID customerId, String legalEntity, String currency, LocalDate date,
                         BalanceEntryKind kind, UUID documentId, String documentNumber, LocalDate dueDate,
                         String reference, BigDecimal amount) {
    }

    /** What a poll changes, kind by kind, each in event order. */
    private static final class Changes {
        private final Map<UUID, CustomerRegistered> customers = new LinkedHashMap<>();
        private final List<OpenItemRecorded> openedItems = new ArrayList<>();
        private final List<ItemMove> moves = new ArrayList<>();
        private final List<AccountChange> accounts = new ArrayList<>();
        private final List<Entry> entries = new ArrayList<>();

        void add(EventEnvelope<? extends PublishedEvent> event) {
            String id = event.id();
            PublishedEvent payload = event.payload();
            // the item starts at zero; its first move (on the issue date) brings it to the recorded amount
            OpenAmountChange.of(payload).forEach(change ->
                    moves.add(new ItemMove(id, change.invoiceId(), change.openAmount(), change.effectiveOn())));
            if (payload instanceof CustomerRegistered registered) {
                customers.put(registered.customerId(), registered); // one row per customer and statement
            } else if (payload instanceof OpenItemRecorded recorded) {
                openedItems.add(recorded);
                account(id, recorded, recorded.issueDate());
                entries.add(new Entry(id, recorded.customerId(), recorded.legalEntity(), recorded.currency(),
                        recorded.issueDate(), BalanceEntryKind.INVOICE, recorded.invoiceId(),
                        recorded.invoiceNumber(), recorded.dueDate(), null, recorded.grossAmount()));
            } else if (payload instanceof CreditNoteApplied credit) {
                account(id, credit, credit.issueDate());
                entries.add(new Entry(id, credit.customerId(), credit.legalEntity(), credit.currency(),
                        credit.issueDate(), BalanceEntryKind.CREDIT_NOTE, credit.creditNoteId(),
                        credit.creditNoteNumber(), null, "on " + credit.invoiceNumber(),
                        credit.creditNoteAmount().negate()));
            } else if (payload instanceof PaymentReceived payment) {
                account(id, payment, payment.valueDate());
                entries.add(new Entry(id, payment.customerId(), payment.legalEntity(), payment.currency(),
                        payment.valueDate(), BalanceEntryKind.PAYMENT_RECEIVED, payment.paymentId(), null, null,
                        payment.payerReference(), payment.amount().negate()));
            } else if (payload instanceof PaymentApplied applied) {
                account(id, applied, applied.appliedOn());
            } else if (payload instanceof PaymentReturned returned) {
                account(id, returned, returned.returnedOn());
                entries.add(new Entry(id, returned.customerId(), returned.legalEntity(), returned.currency(),
                        returned.returnedOn(), BalanceEntryKind.PAYMENT_RETURNED, returned.paymentId(), null, null,
                        returned.reason(), returned.amount()));
            }
        }

        private void account(String eventId, ReceivableAccountEvent event, LocalDate effectiveDate) {
            if (event.account() != null) { // a publisher that leaves the totals out changes no balance we could date
                accounts.add(new AccountChange(eventId, event, effectiveDate));
            }
        }

        void write(Connection c) throws SQLException {
            writeCustomers(c);
            writeOpenedItems(c);
            writeMoves(c);
            writeAccounts(c);
            writeEntries(c);
        }

        private void writeCustomers(Connection c) throws SQLException {
            if (customers.isEmpty()) {
                return;
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO ar_customer (customer_id, name, legal_entity, currency) VALUES (?, ?, ?, ?)
                    ON CONFLICT (customer_id) DO UPDATE SET name = EXCLUDED.name""")) {
                for (CustomerRegistered customer : customers.values()) {
                    upsert.setObject(1, customer.customerId());
                    upsert.setString(2, customer.name());
                    upsert.setString(3, customer.legalEntity());
                    upsert.setString(4, customer.currency());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        }

        private void writeOpenedItems(Connection c) throws SQLException {
            if (openedItems.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO ar_open_item (invoice_id, invoice_number, account_id, customer_id, legal_entity,
                        currency, issue_date, due_date, gross_amount, open_amount)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (invoice_id) DO NOTHING""")) {
                for (OpenItemRecorded item : openedItems) {
                    insert.setObject(1, item.invoiceId());
                    insert.setString(2, item.invoiceNumber());
                    insert.setObject(3, item.accountId());
                    insert.setObject(4, item.customerId());
                    insert.setString(5, item.legalEntity());
                    insert.setString(6, item.currency());
                    insert.setObject(7, item.issueDate());
                    insert.setObject(8, item.dueDate());
                    insert.setBigDecimal(9, item.grossAmount());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }

        /** Sets each item's open amount to what the ledger says it is now, and records the change on its date. */
        private void writeMoves(Connection c) throws SQLException {
            if (moves.isEmpty()) {
                return;
            }
            try (PreparedStatement move = c.prepareStatement("""
                    WITH before AS (SELECT * FROM ar_open_item WHERE invoice_id = ?),
                         changed AS (UPDATE ar_open_item SET open_amount = ? WHERE invoice_id = ?)
                    INSERT INTO ar_item_movement (event_id, invoice_id, customer_id, legal_entity, currency,
                        effective_date, delta)
                    SELECT ?, invoice_id, customer_id, legal_entity, currency, ?, ? - open_amount FROM before
                    WHERE ? <> open_amount""")) {
                for (ItemMove m : moves) {
                    move.setObject(1, m.invoiceId());
                    move.setBigDecimal(2, m.openAfter());
                    move.setObject(3, m.invoiceId());
                    move.setString(4, m.eventId());
                    move.setObject(5, m.effectiveDate());
                    move.setBigDecimal(6, m.openAfter());
                    move.setBigDecimal(7, m.openAfter());
                    move.addBatch();
                }
                move.executeBatch();
            }
        }

        /**
         * Keeps the accounts' unapplied cash and credit balance, and records their changes on the events' dates:
         * the balances before the poll are read (and locked) in one query, then reckoned forward event by event.
         */
        private void writeAccounts(Connection c) throws SQLException {
            if (accounts.isEmpty()) {
                return;
            }
            Map<UUID, Balances> current = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT account_id, unapplied_cash, credit_balance FROM ar_account WHERE account_id = ANY (?)
                    ORDER BY account_id FOR UPDATE""")) {
                select.setArray(1, c.createArrayOf("uuid",
                        accounts.stream().map(a -> a.account().accountId()).distinct().toArray()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        current.put(rs.getObject(1, UUID.class), new Balances(rs.getBigDecimal(2), rs
                                .getBigDecimal(3)));
                    }
                }
            }
            Map<UUID, AccountChange> latest = new LinkedHashMap<>();
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO ar_account_movement (event_id, account_id, customer_id, legal_entity, currency,
                        effective_date, unapplied_delta, credit_delta) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (AccountChange change : accounts) {
                    ReceivableAccountEvent account = change.account();
                    Balances before = current.getOrDefault(account.accountId(), Balances.NONE);
                    BigDecimal unappliedDelta = change.after().unappliedCash().subtract(before.unappliedCash());
                    BigDecimal creditDelta = change.after().creditBalance().subtract(before.creditBalance());
                    if (unappliedDelta.signum() == 0 && creditDelta.signum() == 0) {
                        continue;
                    }
                    current.put(account.accountId(),
                            new Balances(change.after().unappliedCash(), change.after().creditBalance()));
                    latest.put(account.accountId(), change);
                    insert.setString(1, change.eventId());
                    insert.setObject(2, account.accountId());
                    insert.setObject(3, account.customerId());
                    insert.setString(4, account.legalEntity());
                    insert.setString(5, account.currency());
                    insert.setObject(6, change.effectiveDate());
                    insert.setBigDecimal(7, unappliedDelta);
                    insert.setBigDecimal(8, creditDelta);
                    insert.addBatch();
                }
                if (latest.isEmpty()) {
                    return;
                }
                insert.executeBatch();
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO ar_account (account_id, customer_id, legal_entity, currency, unapplied_cash,
                        credit_balance) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (account_id) DO UPDATE
                    SET unapplied_cash = EXCLUDED.unapplied_cash, credit_balance = EXCLUDED.credit_balance""")) {
                for (AccountChange change : latest.values()) {
                    upsert.setObject(1, change.account().accountId());
                    upsert.setObject(2, change.account().customerId());
                    upsert.setString(3, change.account().legalEntity());
                    upsert.setString(4, change.account().currency());
                    upsert.setBigDecimal(5, change.after().unappliedCash());
                    upsert.setBigDecimal(6, change.after().creditBalance());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        }

        private void writeEntries(Connection c) throws SQLException {
            if (entries.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO ar_balance_entry (event_id, customer_id, legal_entity, currency, entry_date, kind,
                        kind_rank, document_id, document_number, due_date, reference, amount)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (Entry e : entries) {
                    insert.setString(1, e.eventId());
                    insert.setObject(2, e.customerId());
                    insert.setString(3, e.legalEntity());
                    insert.setString(4, e.currency());
                    insert.setObject(5, e.date());
                    insert.setString(6, e.kind().name());
                    insert.setInt(7, e.kind().ordinal());
                    insert.setObject(8, e.documentId());
                    insert.setString(9, e.documentNumber());
                    insert.setObject(10, e.dueDate());
                    insert.setString(11, e.reference());
                    insert.setBigDecimal(12, e.amount());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
