package org.o2c.reporting.ledger;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.reporting.aging.ArAgingQuery;
import org.o2c.reporting.aging.BoundSql;
import org.o2c.reporting.aging.OpenItemsAsOf;
import org.o2c.reporting.aging.ReportFilter;
import org.o2c.runtime.readmodel.Snapshot;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * The subledgers against the general ledger (invariant 3): the AR aging's open items against AR control, unapplied
 * cash and credit balances against their liability accounts, the AP aging against AP control, per currency, all
 * at the end of one day and read in one snapshot. Where open items differ, the documents that cause it are listed:
 * each item's open amount against what the control account's lines hold for it.
 */
@Singleton
public class ReconciliationQuery {
    private static final int MAX_DOCUMENTS = 100;

    @Inject
    DataSource dataSource;
    @Inject
    Charts charts;

    /** A subledger, the role of its accounts, and whether the role's balance counts as debit (asset). */
    private enum Subledger {
        AR_OPEN_ITEMS(AccountRole.AR_CONTROL, 1), UNAPPLIED_CASH(AccountRole.UNAPPLIED_CASH, -1),
        CREDIT_BALANCES(AccountRole.CUSTOMER_CREDIT_BALANCES, -1), AP_OPEN_ITEMS(AccountRole.AP_CONTROL, -1);

        final AccountRole role;
        final int sign;

        Subledger(AccountRole role, int sign) {
            this.role = role;
            this.sign = sign;
        }
    }

    public Reconciliation reconcile(String legalEntity, LocalDate asOf) {
        ChartOfAccounts chart = charts.of(List.of(legalEntity)).get(legalEntity);
        ReportFilter filter = ReportFilter.of(LegalEntityScope.everyEntity(), legalEntity, null);
        return Snapshot.read(dataSource, c -> {
            Map<Subledger, Map<String, BigDecimal>> subledgers = new TreeMap<>();
            BoundSql receivables = new BoundSql().append("SELECT currency, sum(open_amount) FROM (");
            ArAgingQuery.appendDueAsOf(receivables, asOf, filter).append(") due GROUP BY currency");
            subledgers.put(Subledger.AR_OPEN_ITEMS, totals(receivables.prepare(c)));
            subledgers.put(Subledger.AP_OPEN_ITEMS, openItems(c, OpenItemsAsOf.PAYABLES, asOf, filter));
            accountBalances(c, asOf, filter, subledgers);
            List<ReconciliationLine> lines = new ArrayList<>();
            for (Subledger subledger : Subledger.values()) {
                Set<String> accounts = chart.accountsOf(subledger.role);
                Map<String, BigDecimal> ledger = ledgerBalances(c, legalEntity, asOf, accounts, subledger.sign);
                Set<String> currencies = new TreeSet<>(ledger.keySet());
                currencies.addAll(subledgers.getOrDefault(subledger, Map.of()).keySet());
                for (String currency : currencies) {
                    BigDecimal sub = LedgerQueries.amount(subledgers.getOrDefault(subledger, Map.of())
                            .getOrDefault(currency, BigDecimal.ZERO), currency);
                    BigDecimal led = LedgerQueries.amount(ledger.getOrDefault(currency, BigDecimal.ZERO), currency);
                    BigDecimal difference = sub.subtract(led);
                    List<ReconciliationDifference> documents = difference.signum() == 0
                            || subledger == Subledger.UNAPPLIED_CASH || subledger == Subledger.CREDIT_BALANCES
                            ? List.of() : documents(c, subledger, legalEntity, currency, asOf, accounts);
                    lines.add(new ReconciliationLine(subledger.name(), currency, List.copyOf(accounts), sub, led,
                            difference, documents));
                }
            }
            return new Reconciliation(legalEntity, asOf, lines.stream().allMatch(l -> l.difference().signum() == 0),
                    lines);
        });
    }

    private static Map<String, BigDecimal> openItems(Connection c, OpenItemsAsOf items, LocalDate asOf,
                                                     ReportFilter filter) throws SQLException {
        BoundSql sql = new BoundSql().append("SELECT currency, sum(open_as_of) FROM ");
        items.appendTo(sql, asOf, filter).append(" x GROUP BY currency");
        return totals(sql.prepare(c));
    }

    /** Unapplied cash and credit balances as the aging shows them on asOf. */
    private static void accountBalances(Connection c, LocalDate asOf, ReportFilter filter,
                                        Map<Subledger, Map<String, BigDecimal>> into) throws SQLException {
        try (PreparedStatement select = ArAgingQuery.customersAsOf(asOf, filter).prepare(c)) {
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    into.computeIfAbsent(Subledger.UNAPPLIED_CASH, k -> new TreeMap<>())
                            .put(rs.getString("currency"), rs.getBigDecimal("unapplied"));
                    into.computeIfAbsent(Subledger.CREDIT_BALANCES, k -> new TreeMap<>())
                            .put(rs.getString("currency"), rs.getBigDecimal("credit"));
                }
            }
        }
    }

    private static Map<String, BigDecimal> ledgerBalances(Connection c, String legalEntity, LocalDate asOf,
                                                          Set<String> accounts, int sign) throws SQLException {
        PreparedStatement select = c.prepareStatement("""
                SELECT currency, sum(debit - credit) * ? FROM ledger_day_balance
                WHERE legal_entity = ? AND day <= ? AND account = ANY (?) GROUP BY currency""");
        select.setInt(1, sign);
        select.setString(2, legalEntity);
        select.setObject(3, asOf);
        select.setArray(4, c.createArrayOf("varchar", accounts.toArray()));
        return totals(select);
    }

    private static Map<String, BigDecimal> totals(PreparedStatement statement) throws SQLException {
        Map<String, BigDecimal> totals = new TreeMap<>();
        try (statement; ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                totals.put(rs.getString(1), rs.getBigDecimal(2));
            }
        }
        return totals;
    }

    private static List<ReconciliationDifference> documents(Connection c, Subledger subledger, String legalEntity,
                                                            String currency, LocalDate asOf, Set<String> accounts)
            throws SQLException {
        boolean receivables = subledger == Subledger.AR_OPEN_ITEMS;
        OpenItemsAsOf items = receivables ? OpenItemsAsOf.RECEIVABLES : OpenItemsAsOf.PAYABLES;
        String key = receivables ? "invoice_id" : "supplier_invoice_id";
        String number = receivables ? "invoice_number" : "supplier_invoice_number";
        BoundSql sql = new BoundSql().append("SELECT coalesce(s." + key + ", l.open_item_id) AS id, s." + number
                + " AS number, coalesce(s.open_as_of, 0) AS subledger, coalesce(l.held, 0) AS ledger FROM ");
        items.appendTo(sql, asOf, ReportFilter.of(LegalEntityScope.everyEntity(), legalEntity, currency));
        sql.append(" s FULL JOIN (SELECT open_item_id, sum(debit - credit) * ? AS held FROM journal_line"
                        + " WHERE legal_entity = ? AND currency = ? AND account = ANY (?) AND accounting_date <= ?"
                        + " GROUP BY open_item_id) l ON l.open_item_id = s." + key, subledger.sign, legalEntity,
                currency, c.createArrayOf("varchar", accounts.toArray()), asOf);
        sql.append(" WHERE coalesce(s.open_as_of, 0) <> coalesce(l.held, 0) ORDER BY 1 LIMIT ?", MAX_DOCUMENTS);
        List<ReconciliationDifference> documents = new ArrayList<>();
        try (PreparedStatement select = sql.prepare(c); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                documents.add(new ReconciliationDifference(rs.getObject("id", UUID.class), rs.getString("number"),
                        LedgerQueries.amount(rs.getBigDecimal("subledger"), currency),
                        LedgerQueries.amount(rs.getBigDecimal("ledger"), currency)));
            }
        }
        return documents;
    }
}
