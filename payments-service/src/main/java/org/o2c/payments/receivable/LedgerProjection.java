package org.o2c.payments.receivable;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.o2c.events.invoicing.EarlyPaymentDiscount;
import org.o2c.events.payments.CreditBalanceApplied;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.DeductionRaised;
import org.o2c.events.payments.DiscountGranted;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.ItemWrittenOff;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.PaymentUnapplied;
import org.o2c.events.payments.ReceivableAccountEvent;
import org.o2c.events.payments.RefundIssued;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.events.payments.SettledRest;
import org.o2c.runtime.axon.BatchedRows;

/**
 * The ledger's read model (accounts, open items, payments and their applications), updated in the same
 * transaction as the account's events, so an answer never shows a state the account has not reached.
 *
 * <p>New open items are written as one JDBC batch per unit of work (a request, or a poll of invoices), before any
 * other statement of it and at its end; an account's row is written once per unit of work, with the totals of its
 * last event (each event carries the account's totals after it).
 */
@Singleton
public class LedgerProjection {
    @Inject
    DataSource dataSource;

    private final BatchedRows<UUID, OpenItemRecorded> openItems = new BatchedRows<>(this::writeOpenItems);
    private final BatchedRows<UUID, ReceivableAccountEvent> accounts = new BatchedRows<>(this::writeAccounts);

    @EventHandler
    void on(OpenItemRecorded event) {
        openItems.put(event.invoiceId(), event);
        accounts.put(event.accountId(), event);
    }

    @EventHandler
    void on(CreditNoteApplied event) throws SQLException {
        execute("UPDATE open_item SET open_amount = ?, credited_amount = credited_amount + ? WHERE invoice_id = ?",
                event.invoiceOpenAmount(), event.appliedAmount(), event.invoiceId());
        accounts.put(event.accountId(), event);
    }

    @EventHandler
    void on(PaymentReceived event, @Timestamp Instant receivedAt) throws SQLException {
        execute("""
                INSERT INTO payment (payment_id, account_id, customer_id, legal_entity, currency, amount,
                    unapplied_amount, value_date, payer_reference, status, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.paymentId(), event.accountId(), event.customerId(),
                event.legalEntity(), event.currency(), event.amount(), event.amount(), event.valueDate(),
                event.payerReference(), PaymentStatus.UNAPPLIED.name(), java.sql.Timestamp.from(receivedAt));
        accounts.put(event.accountId(), event);
    }

    @EventHandler
    void on(PaymentApplied event) throws SQLException {
        execute("""
                INSERT INTO payment_application (payment_id, invoice_id, invoice_number, amount, applied_on, automatic)
                VALUES (?, ?, ?, ?, ?, ?)""", event.paymentId(), event.invoiceId(), event.invoiceNumber(),
                event.amount(), event.appliedOn(), event.automatic());
        execute("UPDATE payment SET unapplied_amount = ?, status = ? WHERE payment_id = ?",
                event.paymentUnappliedAmount(), (event.paymentUnappliedAmount().signum() == 0
                        ? PaymentStatus.APPLIED : PaymentStatus.PARTIALLY_APPLIED).name(), event.paymentId());
        execute("UPDATE open_item SET open_amount = ?, paid_amount = paid_amount + ? WHERE invoice_id = ?",
                event.invoiceOpenAmount(), event.amount(), event.invoiceId());
        accounts.put(event.accountId(), event);
    }

    @EventHandler
    void on(InvoiceSettled event) throws SQLException {
        execute("UPDATE open_item SET settled_on = ? WHERE invoice_id = ?", event.settledOn(), event.invoiceId());
    }

    @EventHandler
    void on(PaymentUnapplied event) throws SQLException {
        execute("""
                UPDATE payment_application SET reversed = TRUE WHERE id = (SELECT id FROM payment_application
                    WHERE payment_id = ? ORDER BY id OFFSET ? LIMIT 1)""", event.paymentId(), event.allocation() - 1);
        // all of the payment unapplied again, or part of it
        execute("""
                UPDATE payment SET unapplied_amount = ?, status = CASE WHEN ? = amount THEN ? ELSE ? END
                WHERE payment_id = ?""", event.paymentUnappliedAmount(), event.paymentUnappliedAmount(),
                PaymentStatus.UNAPPLIED.name(), PaymentStatus.PARTIALLY_APPLIED.name(), event.paymentId());
        execute("""
                UPDATE open_item SET open_amount = ?, paid_amount = paid_amount - ?, settled_on = NULL
                WHERE invoice_id = ?""", event.invoiceOpenAmount(), event.amount(), event.invoiceId());
        restReversed(event.invoiceId(), event.rest());
        accounts.put(event.accountId(), event);
    }

    @EventHandler
    void on(CreditBalanceApplied event) throws SQLException {
        execute("UPDATE open_item SET open_amount = ?, credited_amount = credited_amount + ? WHERE invoice_id = ?",
                event.invoiceOpenAmount(), event.amount(), event.invoiceId());
        accounts.put(event.accountId(), event);
    }

    @EventHandler
    void on(RefundIssued event) throws SQLException {
        if (event.paymentId() != null) {
            execute("UPDATE payment SET unapplied_amount = ?, status = CASE WHEN ? = 0 THEN ? ELSE status END "
                    + "WHERE payment_id = ?", event.paymentUnappliedAmount(), event.paymentUnappliedAmount(),
                    PaymentStatus.REFUNDED.name(), event.paymentId());
        }
        accounts.put(event.accountId(), event);
    }

    @EventHandler
    void on(DiscountGranted event) throws SQLException {
        execute("UPDATE open_item SET open_amount = ?, discount_granted = discount_granted + ? WHERE invoice_id = ?",
                event.invoiceOpenAmount(), event.amount(), event.invoiceId());
        accounts.put(event.accountId(), event);
    }

    @EventHandler
    void on(ItemWrittenOff event) throws SQLException {
        execute("UPDATE open_item SET open_amount = ?, written_off = written_off + ? WHERE invoice_id = ?",
                event.invoiceOpenAmount(), event.amount(), event.invoiceId());
        accounts.put(event.accountId(), event);
    }

    @EventHandler
    void on(DeductionRaised event) throws SQLException {
        execute("""
                INSERT INTO deduction (deduction_id, payment_id, invoice_id, customer_id, legal_entity, currency,
                    amount, raised_on, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.deductionId(), event.paymentId(), event.invoiceId(), event.customerId(), event.legalEntity(),
                event.currency(), event.amount(), event.raisedOn(), event.reason());
        accounts.put(event.accountId(), event);
    }

    /** A discount or write-off taken back with the application it completed. */
    private void restReversed(UUID invoiceId, SettledRest rest) throws SQLException {
        if (rest != null) {
            execute(SettledRest.DISCOUNT.equals(rest.how())
                    ? "UPDATE open_item SET discount_granted = discount_granted - ? WHERE invoice_id = ?"
                    : "UPDATE open_item SET written_off = written_off - ? WHERE invoice_id = ?",
                    rest.amount(), invoiceId);
        }
    }

    @EventHandler
    void on(PaymentReturned event) throws SQLException {
        execute("""
                UPDATE payment SET status = ?, unapplied_amount = ?, returned_on = ?, return_reason = ?,
                    returned_unapplied = ? WHERE payment_id = ?""", PaymentStatus.RETURNED.name(),
                BigDecimal.ZERO.setScale(event.amount().scale()), event.returnedOn(), event.reason(),
                event.unappliedReversed(), event.paymentId());
        execute("UPDATE payment_application SET reversed = TRUE WHERE payment_id = ?", event.paymentId());
        for (ReopenedItem item : event.reopened()) {
            execute("""
                    UPDATE open_item SET open_amount = ?, paid_amount = paid_amount - ?, settled_on = NULL
                    WHERE invoice_id = ?""", item.invoiceOpenAmount(), item.amount(), item.invoiceId());
            restReversed(item.invoiceId(), item.rest());
        }
        accounts.put(event.accountId(), event);
    }

    /** One statement, after the open items recorded before it in the batch are written. */
    private void execute(String sql, Object... parameters) throws SQLException {
        openItems.write();
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof BigDecimal amount) {
                statement.setBigDecimal(i + 1, amount);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private void writeOpenItems(Collection<OpenItemRecorded> items) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO open_item (invoice_id, account_id, customer_id, invoice_number, issue_date, due_date,
                    gross_amount, open_amount, credited_amount, paid_amount, legal_entity, currency, discount_amount,
                    discount_pay_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)""")) {
            for (OpenItemRecorded item : items) {
                EarlyPaymentDiscount discount = item.earlyPaymentDiscount();
                bind(insert, item.invoiceId(), item.accountId(), item.customerId(), item.invoiceNumber(),
                        item.issueDate(), item.dueDate(), item.grossAmount(), item.openAmount(), item.legalEntity(),
                        item.currency(), discount == null ? null : discount.amount(),
                        discount == null ? null : discount.payBy());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // how many digits the ledger's numbers have, as the matching's index by digits reads them (in one order, so
        // that two units of work adding the same new counts never wait for each other crosswise)
        try (Connection c = dataSource.getConnection(); PreparedStatement digits = c.prepareStatement("""
                INSERT INTO invoice_number_digits (legal_entity, currency, digits)
                SELECT DISTINCT i.legal_entity, i.currency, length(regexp_replace(i.number, '[^0-9]', '', 'g'))
                FROM unnest(?::text[], ?::text[], ?::text[]) AS i(legal_entity, currency, number)
                ORDER BY 1, 2, 3 ON CONFLICT DO NOTHING""")) {
            digits.setArray(1, c.createArrayOf("text", items.stream().map(OpenItemRecorded::legalEntity).toArray()));
            digits.setArray(2, c.createArrayOf("text", items.stream().map(OpenItemRecorded::currency).toArray()));
            digits.setArray(3, c.createArrayOf("text", items.stream().map(OpenItemRecorded::invoiceNumber).toArray()));
            digits.executeUpdate();
        }
    }

    /** Each account's row as its last event of the unit of work left it. */
    private void writeAccounts(Collection<ReceivableAccountEvent> accounts) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO receivable_account (account_id, customer_id, legal_entity, currency, open_items,
                    unapplied_cash, credit_balance, balance) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET open_items = EXCLUDED.open_items,
                    unapplied_cash = EXCLUDED.unapplied_cash, credit_balance = EXCLUDED.credit_balance,
                    balance = EXCLUDED.balance""")) {
            for (ReceivableAccountEvent a : accounts) {
                bind(upsert, a.accountId(), a.customerId(), a.legalEntity(), a.currency(), a.account().openItems(),
                        a.account().unappliedCash(), a.account().creditBalance(), a.account().balance());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
