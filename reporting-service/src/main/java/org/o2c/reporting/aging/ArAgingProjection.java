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
import java.util.Collection;
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
import org.o2c.events.payments.CreditBalanceApplied;
import org.o2c.events.payments.DiscountGranted;
import org.o2c.events.payments.ItemWrittenOff;
import org.o2c.events.payments.OpenAmountChange;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.PaymentUnapplied;
import org.o2c.events.payments.RefundIssued;
import org.o2c.events.payments.SettledRest;
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
 * A customer registered after its first open item gets its name on its rows then. Runs inside the consumer's
 * transaction, which also records each event id: a redelivered event changes nothing.
 *
 * <p>A poll is written kind by kind, each kind as one JDBC batch in the events' order: customers, new open items,
 * open-amount moves, account balances, the aging's {@link RunningTotals}, statement entries. That is the same as
 * event by event: an item's move always comes after its recording in the ledger's order, balances are reckoned in
 * memory in event order, and customers and entries depend on nothing else in the poll.
 */
@Singleton
public class ArAgingProjection implements EventConsumer {
    private static final Set<Class<? extends PublishedEvent>> TAKEN = Set.of(CustomerRegistered.class,
            OpenItemRecorded.class, CreditNoteApplied.class, PaymentReceived.class, PaymentApplied.class,
            PaymentUnapplied.class, PaymentReturned.class, DiscountGranted.class, ItemWrittenOff.class,
            CreditBalanceApplied.class, RefundIssued.class);

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

    private record ItemMovement(String eventId, RunningTotals.ItemDelta delta) {
    }

    private record AccountMovement(AccountChange change, RunningTotals.AccountDelta delta) {
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
            } else if (payload instanceof PaymentUnapplied unapplied) {
                account(id, unapplied, unapplied.unappliedOn());
                SettledRest rest = unapplied.rest();
                if (rest != null) { // the discount or write-off goes with the application: the balance rises
                    entries.add(new Entry(id, unapplied.customerId(), unapplied.legalEntity(), unapplied.currency(),
                            unapplied.unappliedOn(), kindOf(rest), unapplied.invoiceId(), unapplied.invoiceNumber(),
                            null, "reversed with the payment's application", rest.amount()));
                }
            } else if (payload instanceof PaymentReturned returned) {
                account(id, returned, returned.returnedOn());
                BigDecimal restsReversed = returned.reopened().stream().filter(item -> item.rest() != null)
                        .map(item -> item.rest().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                entries.add(new Entry(id, returned.customerId(), returned.legalEntity(), returned.currency(),
                        returned.returnedOn(), BalanceEntryKind.PAYMENT_RETURNED, returned.paymentId(), null, null,
                        restsReversed.signum() == 0 ? returned.reason() : returned.reason() + " (with "
                                + restsReversed + " discount or write-off reversed)",
                        returned.amount().add(restsReversed)));
            } else if (payload instanceof DiscountGranted discount) {
                account(id, discount, discount.grantedOn());
                entries.add(new Entry(id, discount.customerId(), discount.legalEntity(), discount.currency(),
                        discount.grantedOn(), BalanceEntryKind.DISCOUNT_GRANTED, discount.invoiceId(),
                        discount.invoiceNumber(), null, "early-payment discount", discount.amount().negate()));
            } else if (payload instanceof CreditBalanceApplied credit) {
                account(id, credit, credit.appliedOn()); // the balance stays: credit and open item fall together
            } else if (payload instanceof RefundIssued refund) {
                account(id, refund, refund.issuedOn());
                entries.add(new Entry(id, refund.customerId(), refund.legalEntity(), refund.currency(),
                        refund.issuedOn(), BalanceEntryKind.REFUND, refund.refundId(), null, null,
                        "refund to " + refund.payee() + ": " + refund.reason(), refund.amount()));
            } else if (payload instanceof ItemWrittenOff writeOff) {
                account(id, writeOff, writeOff.writtenOffOn());
                entries.add(new Entry(id, writeOff.customerId(), writeOff.legalEntity(), writeOff.currency(),
                        writeOff.writtenOffOn(), BalanceEntryKind.WRITTEN_OFF, writeOff.invoiceId(),
                        writeOff.invoiceNumber(), null, writeOff.reason(), writeOff.amount().negate()));
            }
        }

        private static BalanceEntryKind kindOf(SettledRest rest) {
            return SettledRest.DISCOUNT.equals(rest.how()) ? BalanceEntryKind.DISCOUNT_GRANTED
                    : BalanceEntryKind.WRITTEN_OFF;
        }

        private void account(String eventId, ReceivableAccountEvent event, LocalDate effectiveDate) {
            if (event.account() != null) { // a publisher that leaves the totals out changes no balance we could date
                accounts.add(new AccountChange(eventId, event, effectiveDate));
            }
        }

        void write(Connection c) throws SQLException {
            writeCustomers(c);
            writeOpenedItems(c);
            List<ItemMovement> itemMovements = itemMovements(c);
            List<AccountMovement> accountMovements = accountMovements(c);
            Map<UUID, RunningTotals.Item> moved = RunningTotals.record(c,
                    itemMovements.stream().map(ItemMovement::delta).toList(),
                    accountMovements.stream().map(AccountMovement::delta).toList());
            writeItemMovements(c, itemMovements, moved.values());
            writeAccountMovements(c, accountMovements);
            writeEntries(c);
        }

        private void writeCustomers(Connection c) throws SQLException {
            if (customers.isEmpty()) {
                return;
            }
            try (PreparedStatement upsert = c.prepareStatement("""
                    INSERT INTO ar_customer (customer_id, name, legal_entity, currency) VALUES (?, ?, ?, ?)
                    ON CONFLICT (customer_id) DO UPDATE SET name = EXCLUDED.name""");
                 PreparedStatement name = c.prepareStatement(
                         "UPDATE ar_customer_position SET customer_name = ? WHERE customer_id = ?")) {
                for (CustomerRegistered customer : customers.values()) {
                    upsert.setObject(1, customer.customerId());
                    upsert.setString(2, customer.name());
                    upsert.setString(3, customer.legalEntity());
                    upsert.setString(4, customer.currency());
                    upsert.addBatch();
                    name.setString(1, customer.name());
                    name.setObject(2, customer.customerId());
                    name.addBatch();
                }
                upsert.executeBatch();
                name.executeBatch();
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

        /**
         * Each move as "the ledger's open amount after it minus the item's before it": the items are read (and
         * locked) in one query, then reckoned forward move by move; moves that change nothing are left out.
         */
        private List<ItemMovement> itemMovements(Connection c) throws SQLException {
            if (moves.isEmpty()) {
                return List.of();
            }
            Map<UUID, RunningTotals.Item> current = new HashMap<>();
            Map<UUID, LocalDate> issued = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement("""
                    SELECT invoice_id, customer_id, legal_entity, currency, due_date, open_amount, last_moved_on,
                        issue_date
                    FROM ar_open_item WHERE invoice_id = ANY (?) ORDER BY invoice_id FOR UPDATE""")) {
                select.setArray(1, c.createArrayOf("uuid", moves.stream().map(ItemMove::invoiceId).distinct()
                        .toArray()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        UUID invoiceId = rs.getObject(1, UUID.class);
                        current.put(invoiceId, new RunningTotals.Item(invoiceId, rs.getObject(2, UUID.class),
                                rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                                rs.getBigDecimal(6), rs.getObject(7, LocalDate.class)));
                        issued.put(invoiceId, rs.getObject(8, LocalDate.class));
                    }
                }
            }
            Map<UUID, BigDecimal> open = new HashMap<>();
            List<ItemMovement> movements = new ArrayList<>();
            for (ItemMove m : moves) {
                RunningTotals.Item item = current.get(m.invoiceId());
                if (item == null) { // a move of an item the ledger never recorded: nothing to date it against
                    continue;
                }
                BigDecimal delta = m.openAfter().subtract(open.getOrDefault(m.invoiceId(), item.openAmount()));
                if (delta.signum() == 0) {
                    continue;
                }
                open.put(m.invoiceId(), m.openAfter());
                // never dated before the invoice it changes: an earlier date counts from the issue date
                LocalDate day = m.effectiveDate().isBefore(issued.get(m.invoiceId()))
                        ? issued.get(m.invoiceId()) : m.effectiveDate();
                movements.add(new ItemMovement(m.eventId(), new RunningTotals.ItemDelta(item, day, delta)));
            }
            return movements;
        }

        /**
         * Each account change as its unapplied cash and credit balance after it minus before it: the balances before
         * the poll are read (and locked) in one query, then reckoned forward event by event.
         */
        private List<AccountMovement> accountMovements(Connection c) throws SQLException {
            if (accounts.isEmpty()) {
                return List.of();
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
            List<AccountMovement> movements = new ArrayList<>();
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
                movements.add(new AccountMovement(change, new RunningTotals.AccountDelta(account.customerId(),
                        account.legalEntity(), account.currency(), change.effectiveDate(), unappliedDelta,
                        creditDelta)));
            }
            return movements;
        }

        /** Records each item's movements on their dates, and sets its open amount to what the ledger says now. */
        private void writeItemMovements(Connection c, List<ItemMovement> movements,
                                        Collection<RunningTotals.Item> moved) throws SQLException {
            if (movements.isEmpty()) {
                return;
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO ar_item_movement (event_id, invoice_id, customer_id, legal_entity, currency,
                        effective_date, delta) VALUES (?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement update = c.prepareStatement(
                         "UPDATE ar_open_item SET open_amount = ?, last_moved_on = ? WHERE invoice_id = ?")) {
                for (ItemMovement m : movements) {
                    RunningTotals.Item item = m.delta().item();
                    insert.setString(1, m.eventId());
                    insert.setObject(2, item.invoiceId());
                    insert.setObject(3, item.customerId());
                    insert.setString(4, item.legalEntity());
                    insert.setString(5, item.currency());
                    insert.setObject(6, m.delta().day());
                    insert.setBigDecimal(7, m.delta().delta());
                    insert.addBatch();
                }
                insert.executeBatch();
                for (RunningTotals.Item item : moved) {
                    update.setBigDecimal(1, item.openAmount());
                    update.setObject(2, item.lastMovedOn());
                    update.setObject(3, item.invoiceId());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }

        /** Records the accounts' changes on their dates and keeps each account's latest balances. */
        private void writeAccountMovements(Connection c, List<AccountMovement> movements) throws SQLException {
            if (movements.isEmpty()) {
                return;
            }
            Map<UUID, AccountChange> latest = new LinkedHashMap<>();
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO ar_account_movement (event_id, account_id, customer_id, legal_entity, currency,
                        effective_date, unapplied_delta, credit_delta) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (AccountMovement m : movements) {
                    ReceivableAccountEvent account = m.change().account();
                    latest.put(account.accountId(), m.change());
                    insert.setString(1, m.change().eventId());
                    insert.setObject(2, account.accountId());
                    insert.setObject(3, account.customerId());
                    insert.setString(4, account.legalEntity());
                    insert.setString(5, account.currency());
                    insert.setObject(6, m.change().effectiveDate());
                    insert.setBigDecimal(7, m.delta().unapplied());
                    insert.setBigDecimal(8, m.delta().credit());
                    insert.addBatch();
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
