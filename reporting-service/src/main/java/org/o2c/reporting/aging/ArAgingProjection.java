package org.o2c.reporting.aging;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.ReopenedItem;
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
 */
@Singleton
public class ArAgingProjection implements EventConsumer {
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

    @Override
    public void consume(EventEnvelope<? extends PublishedEvent> event) {
        try (Connection c = dataSource.getConnection()) {
            String id = event.id();
            PublishedEvent payload = event.payload();
            if (payload instanceof CustomerRegistered registered) {
                customer(c, registered);
            } else if (payload instanceof OpenItemRecorded recorded) {
                openItem(c, recorded);
                itemOpenAmount(c, id, recorded.invoiceId(), recorded.openAmount(), recorded.issueDate());
                account(c, id, new Account(recorded.accountId(), recorded.customerId(), recorded.legalEntity(),
                        recorded.currency()), recorded.account(), recorded.issueDate());
                entry(c, id, recorded.customerId(), recorded.legalEntity(), recorded.currency(),
                        recorded.issueDate(), BalanceEntryKind.INVOICE, recorded.invoiceId(),
                        recorded.invoiceNumber(), recorded.dueDate(), null, recorded.grossAmount());
            } else if (payload instanceof CreditNoteApplied credit) {
                itemOpenAmount(c, id, credit.invoiceId(), credit.invoiceOpenAmount(), credit.issueDate());
                account(c, id, new Account(credit.accountId(), credit.customerId(), credit.legalEntity(),
                        credit.currency()), credit.account(), credit.issueDate());
                entry(c, id, credit.customerId(), credit.legalEntity(), credit.currency(), credit.issueDate(),
                        BalanceEntryKind.CREDIT_NOTE, credit.creditNoteId(), credit.creditNoteNumber(), null,
                        "on " + credit.invoiceNumber(), credit.creditNoteAmount().negate());
            } else if (payload instanceof PaymentReceived payment) {
                account(c, id, new Account(payment.accountId(), payment.customerId(), payment.legalEntity(),
                        payment.currency()), payment.account(), payment.valueDate());
                entry(c, id, payment.customerId(), payment.legalEntity(), payment.currency(),
                        payment.valueDate(), BalanceEntryKind.PAYMENT_RECEIVED, payment.paymentId(), null, null,
                        payment.payerReference(), payment.amount().negate());
            } else if (payload instanceof PaymentApplied applied) {
                itemOpenAmount(c, id, applied.invoiceId(), applied.invoiceOpenAmount(), applied.appliedOn());
                account(c, id, new Account(applied.accountId(), applied.customerId(), applied.legalEntity(),
                        applied.currency()), applied.account(), applied.appliedOn());
            } else if (payload instanceof PaymentReturned returned) {
                for (ReopenedItem item : returned.reopened()) {
                    itemOpenAmount(c, id, item.invoiceId(), item.invoiceOpenAmount(), returned.returnedOn());
                }
                account(c, id, new Account(returned.accountId(), returned.customerId(), returned.legalEntity(),
                        returned.currency()), returned.account(), returned.returnedOn());
                entry(c, id, returned.customerId(), returned.legalEntity(), returned.currency(),
                        returned.returnedOn(), BalanceEntryKind.PAYMENT_RETURNED, returned.paymentId(), null,
                        null, returned.reason(), returned.amount());
            }
            // other events of these topics (InvoiceIssued, InvoiceSettled...) do not change what the ledger says
        } catch (SQLException e) {
            throw new IllegalStateException("could not project " + event.type() + " " + event.id(), e);
        }
    }

    private static void customer(Connection c, CustomerRegistered customer) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO ar_customer (customer_id, name, legal_entity, currency) VALUES (?, ?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE SET name = EXCLUDED.name""")) {
            upsert.setObject(1, customer.customerId());
            upsert.setString(2, customer.name());
            upsert.setString(3, customer.legalEntity());
            upsert.setString(4, customer.currency());
            upsert.executeUpdate();
        }
    }

    /** The item starts at zero; its first movement (on the issue date) brings it to the recorded open amount. */
    private static void openItem(Connection c, OpenItemRecorded item) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO ar_open_item (invoice_id, invoice_number, account_id, customer_id, legal_entity, currency,
                    issue_date, due_date, gross_amount, open_amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (invoice_id) DO NOTHING""")) {
            insert.setObject(1, item.invoiceId());
            insert.setString(2, item.invoiceNumber());
            insert.setObject(3, item.accountId());
            insert.setObject(4, item.customerId());
            insert.setString(5, item.legalEntity());
            insert.setString(6, item.currency());
            insert.setObject(7, item.issueDate());
            insert.setObject(8, item.dueDate());
            insert.setBigDecimal(9, item.grossAmount());
            insert.executeUpdate();
        }
    }

    /** Sets an item's open amount to what the ledger says it is now, and records the change on its date. */
    private static void itemOpenAmount(Connection c, String eventId, UUID invoiceId, BigDecimal openAfter,
                                       LocalDate effectiveDate) throws SQLException {
        try (PreparedStatement move = c.prepareStatement("""
                WITH before AS (SELECT * FROM ar_open_item WHERE invoice_id = ?),
                     changed AS (UPDATE ar_open_item SET open_amount = ? WHERE invoice_id = ?)
                INSERT INTO ar_item_movement (event_id, invoice_id, customer_id, legal_entity, currency,
                    effective_date, delta)
                SELECT ?, invoice_id, customer_id, legal_entity, currency, ?, ? - open_amount FROM before
                WHERE ? <> open_amount""")) {
            move.setObject(1, invoiceId);
            move.setBigDecimal(2, openAfter);
            move.setObject(3, invoiceId);
            move.setString(4, eventId);
            move.setObject(5, effectiveDate);
            move.setBigDecimal(6, openAfter);
            move.setBigDecimal(7, openAfter);
            move.executeUpdate();
        }
    }

    private record Account(UUID accountId, UUID customerId, String legalEntity, String currency) {
    }

    /** Keeps the account's unapplied cash and credit balance, and records their changes on the event's date. */
    private static void account(Connection c, String eventId, Account account, AccountTotals after,
                                LocalDate effectiveDate) throws SQLException {
        if (after == null) {
            return; // a publisher that leaves the totals out changes no balance we could date
        }
        BigDecimal unappliedBefore = BigDecimal.ZERO;
        BigDecimal creditBefore = BigDecimal.ZERO;
        try (PreparedStatement select = c.prepareStatement(
                "SELECT unapplied_cash, credit_balance FROM ar_account WHERE account_id = ? FOR UPDATE")) {
            select.setObject(1, account.accountId());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    unappliedBefore = rs.getBigDecimal(1);
                    creditBefore = rs.getBigDecimal(2);
                }
            }
        }
        BigDecimal unappliedDelta = after.unappliedCash().subtract(unappliedBefore);
        BigDecimal creditDelta = after.creditBalance().subtract(creditBefore);
        if (unappliedDelta.signum() == 0 && creditDelta.signum() == 0) {
            return;
        }
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO ar_account (account_id, customer_id, legal_entity, currency, unapplied_cash, credit_balance)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE
                SET unapplied_cash = EXCLUDED.unapplied_cash, credit_balance = EXCLUDED.credit_balance""");
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO ar_account_movement (event_id, account_id, customer_id, legal_entity, currency,
                         effective_date, unapplied_delta, credit_delta) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
            upsert.setObject(1, account.accountId());
            upsert.setObject(2, account.customerId());
            upsert.setString(3, account.legalEntity());
            upsert.setString(4, account.currency());
            upsert.setBigDecimal(5, after.unappliedCash());
            upsert.setBigDecimal(6, after.creditBalance());
            upsert.executeUpdate();
            insert.setString(1, eventId);
            insert.setObject(2, account.accountId());
            insert.setObject(3, account.customerId());
            insert.setString(4, account.legalEntity());
            insert.setString(5, account.currency());
            insert.setObject(6, effectiveDate);
            insert.setBigDecimal(7, unappliedDelta);
            insert.setBigDecimal(8, creditDelta);
            insert.executeUpdate();
        }
    }

    private static void entry(Connection c, String eventId, UUID customerId, String legalEntity, String currency,
                              LocalDate date, BalanceEntryKind kind, UUID documentId, String documentNumber,
                              LocalDate dueDate, String reference, BigDecimal amount) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO ar_balance_entry (event_id, customer_id, legal_entity, currency, entry_date, kind,
                    kind_rank, document_id, document_number, due_date, reference, amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, eventId);
            insert.setObject(2, customerId);
            insert.setString(3, legalEntity);
            insert.setString(4, currency);
            insert.setObject(5, date);
            insert.setString(6, kind.name());
            insert.setInt(7, kind.ordinal());
            insert.setObject(8, documentId);
            insert.setString(9, documentNumber);
            insert.setObject(10, dueDate);
            insert.setString(11, reference);
            insert.setBigDecimal(12, amount);
            insert.executeUpdate();
        }
    }
}
