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
 * Reconciles a bank account as of a statement, in one snapshot of the read model. A line applied as a customer's
 * payment is on both sides; a line waiting in the queue is on the statement only; a returned payment is in the
 * book only until a debit line of a statement closed by then is matched to it (the bank's return), and then on both
 * sides.
 */
@Singleton
public class BankReconciliation {
    static final int MAX_ITEMS = 100;

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
        // the lines of the statements closed by then that are not yet in the book
        int scale = statementBalance.scale();
        Side lines = side(c, scale, """
                SELECT l.line_id, 'LINE', l.value_date, l.amount, coalesce(l.remittance, l.counterparty_name),
                       sum(l.amount) OVER () AS total
                FROM bank_line l JOIN bank_statement s ON s.statement_id = l.statement_id
                WHERE l.bank_account_id = ? AND l.status = 'UNMATCHED' AND s.closing_date <= ?
                  AND s.closing_balance IS NOT NULL
                ORDER BY l.value_date, l.statement_id, l.line_number LIMIT ?""", account.bankAccountId(), closingDate,
                null);
        // the book's entries the bank has not shown: returns of payments taken from its lines, without the bank's
        // debit line in a statement closed by then
        Side returns = side(c, scale, """
                SELECT p.payment_id, 'RETURN', p.returned_on, -p.amount, p.return_reason,
                       sum(-p.amount) OVER () AS total
                FROM payment p JOIN bank_line l ON l.payment_id = p.payment_id AND l.status = 'APPLIED'
                WHERE l.bank_account_id = ? AND p.returned_on <= ?
                  AND NOT EXISTS (SELECT 1 FROM bank_line d JOIN bank_statement ds ON ds.statement_id = d.statement_id
                      WHERE d.payment_id = p.payment_id AND d.amount < 0 AND ds.closing_balance IS NOT NULL
                        AND ds.closing_date <= ?)
                ORDER BY p.returned_on, p.payment_id LIMIT ?""", account.bankAccountId(), closingDate, closingDate);
        BigDecimal book = opening.add(sum(c, """
                SELECT coalesce(sum(l.amount), 0) FROM bank_line l JOIN bank_statement s USING (statement_id)
                WHERE l.bank_account_id = ? AND l.status IN ('APPLIED', 'RECONCILED') AND s.closing_date <= ?
                  AND s.closing_balance IS NOT NULL""", account.bankAccountId(), closingDate))
                .add(returns.total());
        BigDecimal adjusted = statementBalance.subtract(lines.total()).add(returns.total());
        return new BankReconciliationView(account.bankAccountId(), account.legalEntity(), account.maskedNumber(),
                account.currency(), statementId, closingDate, statementBalance, lines.total(), returns.total(),
                adjusted, opening, book, adjusted.subtract(book), lines.items(), returns.items());
    }

    private record Side(BigDecimal total, List<BankReconciliationView.Item> items) {
    }

    /**
     * The first {@value #MAX_ITEMS} items of a side and the total of all of them (the query's window sum).
     *
     * @param again null, or the date once more for a query that needs it twice
     */
    private static Side side(Connection c, int scale, String sql, UUID bankAccountId, LocalDate until,
                             LocalDate again) throws SQLException {
        BigDecimal total = BigDecimal.ZERO.setScale(scale);
        List<BankReconciliationView.Item> items = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            int i = 1;
            select.setObject(i++, bankAccountId);
            select.setDate(i++, Date.valueOf(until));
            if (again != null) {
                select.setDate(i++, Date.valueOf(again));
            }
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
