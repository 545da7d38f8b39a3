package org.o2c.reporting.period;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.o2c.reporting.ledger.AccountRole;
import org.o2c.reporting.ledger.Charts;
import org.o2c.reporting.ledger.ReconciliationQuery;

/** Runs a period's close checklist on the read models. */
@Singleton
public class CloseChecks {
    public static final String UNPOSTED_DOCUMENTS = "UNPOSTED_DOCUMENTS";
    public static final String SUBLEDGER_DIFFERENCES = "SUBLEDGER_DIFFERENCES";
    public static final String OLD_UNAPPLIED_CASH = "OLD_UNAPPLIED_CASH";
    public static final String OPEN_DISPUTES = "OPEN_DISPUTES";
    public static final String UNAPPROVED_SUPPLIER_INVOICES = "UNAPPROVED_SUPPLIER_INVOICES";
    static final int UNAPPLIED_DAYS = 30;

    @Inject
    DataSource dataSource;
    @Inject
    ReconciliationQuery reconciliation;
    @Inject
    Charts charts;

    public CloseChecklist run(String legalEntity, YearMonth period) {
        LocalDate first = period.atDay(1);
        LocalDate last = period.atEndOfMonth();
        long differences = reconciliation.reconcile(legalEntity, last).lines().stream()
                .filter(line -> line.difference().signum() != 0).count();
        List<ChecklistItem> items;
        try (Connection c = dataSource.getConnection()) {
            items = List.of(
                    item(UNPOSTED_DOCUMENTS, unposted(c, legalEntity, first, last)),
                    item(SUBLEDGER_DIFFERENCES, differences),
                    item(OLD_UNAPPLIED_CASH, oldUnappliedCash(c, legalEntity, last)),
                    item(OPEN_DISPUTES, openDisputes(c, legalEntity, last)),
                    item(UNAPPROVED_SUPPLIER_INVOICES, unapprovedSupplierInvoices(c, legalEntity, first, last)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not run the close checklist of " + period, e);
        }
        return new CloseChecklist(legalEntity, period.toString(), items.stream().allMatch(ChecklistItem::clean), items);
    }

    private static ChecklistItem item(String name, long findings) {
        return new ChecklistItem(name, findings, findings == 0);
    }

    /** Open items of the period (receivable and payable) without a line on any control account. */
    private static long unposted(Connection c, String legalEntity, LocalDate first, LocalDate last)
            throws SQLException {
        return count(c, """
                SELECT (SELECT count(*) FROM ar_open_item i WHERE i.legal_entity = ? AND i.issue_date BETWEEN ? AND ?
                        AND NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.open_item_id = i.invoice_id))
                     + (SELECT count(*) FROM ap_open_item i WHERE i.legal_entity = ? AND i.invoice_date BETWEEN ? AND ?
                        AND NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.open_item_id = i.supplier_invoice_id))""",
                legalEntity, first, last, legalEntity, first, last);
    }

    /** Payments whose unapplied cash at the period's end is not zero and that came in over 30 days before it. */
    private long oldUnappliedCash(Connection c, String legalEntity, LocalDate last) throws SQLException {
        String[] accounts = charts.of(List.of(legalEntity)).get(legalEntity).accountsOf(AccountRole.UNAPPLIED_CASH)
                .toArray(String[]::new);
        return count(c, """
                SELECT count(*) FROM (
                    SELECT e.source_id FROM journal_line l JOIN journal_entry e ON e.entry_id = l.entry_id
                    WHERE l.legal_entity = ? AND l.account = ANY (?) AND l.accounting_date <= ?
                    GROUP BY e.source_id
                    HAVING sum(l.credit - l.debit) <> 0 AND min(l.accounting_date) < ?) p""",
                legalEntity, accounts, last, last.minusDays(UNAPPLIED_DAYS));
    }

    private static long openDisputes(Connection c, String legalEntity, LocalDate last) throws SQLException {
        return count(c, """
                SELECT count(*) FROM ledger_dispute WHERE legal_entity = ? AND opened_on <= ?
                AND (resolved_on IS NULL OR resolved_on > ?)""", legalEntity, last, last);
    }

    /** Supplier invoices of the period not approved by its last day. */
    private static long unapprovedSupplierInvoices(Connection c, String legalEntity, LocalDate first, LocalDate last)
            throws SQLException {
        return count(c, """
                SELECT count(*) FROM ap_open_item WHERE legal_entity = ? AND invoice_date BETWEEN ? AND ?
                AND (approved_on IS NULL OR approved_on > ?)""", legalEntity, first, last, last);
    }

    private static long count(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
