package org.o2c.payments.bankreconciliation;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.payments.bankaccount.BankAccountView;
import org.o2c.runtime.readmodel.Snapshot;

/**
 * Reconciles a bank account as of a statement, in one snapshot of the read model: the statement lines against the
 * general ledger's entries on the account's clearing account ({@link BankBook}). A line and an entry are the same
 * movement when the line was taken as a payment (or reconciled with its return) and the entry posts that payment
 * in the same direction. A line waiting in the queue is on the statement only; a payment keyed with this bank
 * account, or a return the bank has not debited yet, is in the book only; a payment the ledger has not posted yet,
 * or posted into a later period, is on the statement only until then. Supplier payments reconciled with the
 * account's debit lines count on both sides: payables does not yet name the bank account its payments leave from,
 * so the ledger books them to the role's clearing account without it.
 */
@Singleton
public class BankReconciliation {
    static final int MAX_ITEMS = 100;
    /** The lines of the account's statements closed by the date: ? = bank account, ? = date. */
    private static final String CLOSED_LINES = """
            bank_line l JOIN bank_statement s ON s.statement_id = l.statement_id
            WHERE l.bank_account_id = ? AND s.closing_balance IS NOT NULL AND s.closing_date <= ?""";
    /** Whether line l is in the book by the date: ? = date. */
    private static final String IN_BOOK = """
            EXISTS (SELECT 1 FROM bank_book_entry b WHERE b.source_id = l.payment_id
                AND b.bank_account_id = l.bank_account_id AND sign(b.amount) = sign(l.amount)
                AND b.accounting_date <= ?)""";
    private static final String SUPPLIER_PAYMENT = """
            (l.status = 'RECONCILED'
             AND EXISTS (SELECT 1 FROM supplier_payment p WHERE p.supplier_payment_id = l.payment_id))""";

    @Inject
    DataSource dataSource;

    public BankReconciliationView asOf(BankAccountView account, LocalDate asOf) {
        return Snapshot.read(dataSource, c -> reconcile(c, account, asOf));
    }

    private static BankReconciliationView reconcile(Connection c, BankAccountView account, LocalDate asOf)
            throws SQLException {
        UUID statementId = null;
        LocalDate closingDate = null;
        BigDecimal statementBalance = null;
        try (PreparedStatement select = c.prepareStatement("""
                SELECT statement_id, closing_date, closing_balance FROM bank_statement
                WHERE bank_account_id = ? AND closing_date <= ? AND closing_balance IS NOT NULL
                ORDER BY closing_date DESC, imported_at DESC LIMIT 1""")) {
            select.setObject(1, account.bankAccountId());
            select.setDate(2, Date.valueOf(asOf));
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    statementId = rs.getObject(1, UUID.class);
                    closingDate = rs.getDate(2).toLocalDate();
                    statementBalance = rs.getBigDecimal(3);
                }
            }
        }
        BigDecimal opening = null;
        try (PreparedStatement select = c.prepareStatement("""
                SELECT opening_balance FROM bank_statement WHERE bank_account_id = ? AND opening_balance IS NOT NULL
                ORDER BY opening_date, imported_at LIMIT 1""")) {
            select.setObject(1, account.bankAccountId());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next()) {
                    opening = rs.getBigDecimal(1);
                }
            }
        }
        // no statement yet, or none with an opening balance to start the book from (a BAI2 file may give none)
        if (statementId == null || opening == null) {
            return new BankReconciliationView(account.bankAccountId(), account.legalEntity(), account.maskedNumber(),
                    account.currency(), statementId, closingDate, statementBalance, BigDecimal.ZERO, BigDecimal.ZERO,
                    null, opening, null, null, List.of(), List.of());
        }
        int scale = statementBalance.scale();
        UUID id = account.bankAccountId();
        // the lines of the statements closed by then that are not in the book by then
        Side lines = side(c, scale, "SELECT l.line_id, 'LINE', l.value_date, l.amount, "
                + "coalesce(l.remittance, l.counterparty_name), sum(l.amount) OVER () FROM " + CLOSED_LINES
                + " AND NOT " + IN_BOOK + " AND NOT " + SUPPLIER_PAYMENT
                + " ORDER BY l.value_date, l.statement_id, l.line_number LIMIT ?", id, closingDate);
        // the book's entries up to then that no line of those statements shows
        Side entries = side(c, scale, """
                SELECT b.source_id, CASE WHEN b.amount > 0 THEN 'PAYMENT' ELSE 'RETURN' END, b.accounting_date,
                       b.amount, b.description, sum(b.amount) OVER ()
                FROM bank_book_entry b
                WHERE b.bank_account_id = ? AND b.accounting_date <= ?
                  AND NOT EXISTS (SELECT 1 FROM bank_line l JOIN bank_statement s ON s.statement_id = l.statement_id
                      WHERE l.payment_id = b.source_id AND l.bank_account_id = b.bank_account_id
                        AND sign(l.amount) = sign(b.amount) AND s.closing_balance IS NOT NULL AND s.closing_date <= ?)
                ORDER BY b.accounting_date, b.entry_id, b.line_number LIMIT ?""", id, closingDate);
        BigDecimal book = opening
                .add(sum(c, "SELECT coalesce(sum(amount), 0) FROM bank_book_entry "
                        + "WHERE bank_account_id = ? AND accounting_date <= ?", id, closingDate))
                .add(sum(c, "SELECT coalesce(sum(l.amount), 0) FROM " + CLOSED_LINES + " AND " + SUPPLIER_PAYMENT,
                        id, closingDate));
        BigDecimal adjusted = statementBalance.subtract(lines.total()).add(entries.total());
        return new BankReconciliationView(account.bankAccountId(), account.legalEntity(), account.maskedNumber(),
                account.currency(), statementId, closingDate, statementBalance, lines.total(), entries.total(),
                adjusted, opening, book, adjusted.subtract(book),
                lines.items(), entries.items());
    }

    private record Side(BigDecimal total, List<BankReconciliationView.Item> items) {
    }

    /**
     * The first {@value #MAX_ITEMS} items of a side and the total of all of them (the query's window sum). The
     * query takes the bank account, the date twice, and the limit.
     */
    private static Side side(Connection c, int scale, String sql, UUID bankAccountId, LocalDate until)
            throws SQLException {
        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        List<BankReconciliationView.Item> items = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            int i = 1;
            select.setObject(i++, bankAccountId);
            select.setDate(i++, Date.valueOf(until));
            select.setDate(i++, Date.valueOf(until));
            select.setInt(i, MAX_ITEMS);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    total = rs.getBigDecimal(6);
                    items.add(new BankReconciliationView.Item(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getDate(3).toLocalDate(), rs.getBigDecimal(4), rs.getString(5)));
                }
            }
        }
        return new Side(total, items);
    }

    private static BigDecimal sum(Connection c, String sql, UUID bankAccountId, LocalDate until)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, bankAccountId);
            select.setDate(2, Date.valueOf(until));
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
