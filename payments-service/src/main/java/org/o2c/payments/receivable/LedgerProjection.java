package org.o2c.payments.receivable;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.ReopenedItem;

/**
 * The ledger's read model (accounts, open items, payments and their applications), updated in the same
 * transaction as the account's events, so an answer never shows a state the account has not reached.
 */
@Singleton
public class LedgerProjection {
    @Inject
    DataSource dataSource;

    @EventHandler
    void on(OpenItemRecorded event) throws SQLException {
        execute("""
                INSERT INTO open_item (invoice_id, account_id, customer_id, invoice_number, issue_date, due_date,
                    gross_amount, open_amount, credited_amount, paid_amount)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0)""", event.invoiceId(), event.accountId(), event.customerId(),
                event.invoiceNumber(), event.issueDate(), event.dueDate(), event.grossAmount(), event.openAmount());
        account(event.accountId(), event.customerId(), event.legalEntity(), event.currency(), event.account());
    }

    @EventHandler
    void on(CreditNoteApplied event) throws SQLException {
        execute("UPDATE open_item SET open_amount = ?, credited_amount = credited_amount + ? WHERE invoice_id = ?",
                event.invoiceOpenAmount(), event.appliedAmount(), event.invoiceId());
        account(event.accountId(), event.customerId(), event.legalEntity(), event.currency(), event.account());
    }

    @EventHandler
    void on(PaymentReceived event, @Timestamp Instant receivedAt) throws SQLException {
        execute("""
                INSERT INTO payment (payment_id, account_id, customer_id, legal_entity, currency, amount,
                    unapplied_amount, value_date, payer_reference, status, received_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.paymentId(), event.accountId(), event.customerId(),
                event.legalEntity(), event.currency(), event.amount(), event.amount(), event.valueDate(),
                event.payerReference(), PaymentStatus.UNAPPLIED.name(), java.sql.Timestamp.from(receivedAt));
        account(event.accountId(), event.customerId(), event.legalEntity(), event.currency(), event.account());
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
        account(event.accountId(), event.customerId(), event.legalEntity(), event.currency(), event.account());
    }

    @EventHandler
    void on(InvoiceSettled event) throws SQLException {
        execute("UPDATE open_item SET settled_on = ? WHERE invoice_id = ?", event.settledOn(), event.invoiceId());
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
        }
        account(event.accountId(), event.customerId(), event.legalEntity(), event.currency(), event.account());
    }

    private void account(UUID accountId, UUID customerId, String legalEntity, String currency, AccountTotals totals)
            throws SQLException {
        execute("""
                INSERT INTO receivable_account (account_id, customer_id, legal_entity, currency, open_items,
                    unapplied_cash, credit_balance, balance) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (account_id) DO UPDATE SET open_items = EXCLUDED.open_items,
                    unapplied_cash = EXCLUDED.unapplied_cash, credit_balance = EXCLUDED.credit_balance,
                    balance = EXCLUDED.balance""", accountId, customerId, legalEntity, currency, totals.openItems(),
                totals.unappliedCash(), totals.creditBalance(), totals.balance());
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof BigDecimal amount) {
                    statement.setBigDecimal(i + 1, amount);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.executeUpdate();
        }
    }
}
