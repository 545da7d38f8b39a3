package org.o2c.reporting.aging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.readmodel.Snapshot;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Computes the AR aging as of any date, in one snapshot so that totals and rows agree.
 *
 * <p>The totals per currency come from the running totals the receivables projection keeps
 * ({@link RunningTotals}): open amounts and counted items per due date, listed customers, unapplied cash and credit
 * balances, each now minus its changes dated after the as-of date. They read legal entities × currencies × due
 * dates (and days since the as-of date), never the open items. The page of customers is found by name among the
 * customers' positions listed on the as-of date (each keeps the days it is listed), and only its customers' items
 * are aged one by one. A report for one customer ages its items.
 */
@ApplicationScoped
public class ArAgingQuery {
    @Inject
    DataSource dataSource;
    @Inject
    AgingSchedules schedules;

    private record Key(UUID customerId, String currency) {
    }

    public ArAgingReport report(LegalEntityScope scope, LocalDate asOf, String legalEntity, String currency,
                                UUID customerId, int page, int size) {
        ReportFilter filter = new ReportFilter(scope, legalEntity, currency, "customer_id", customerId);
        return Snapshot.read(dataSource, c -> {
            AgingColumns columns = new AgingColumns(asOf, schedules.inForce(c, legalEntity));
            return customerId != null
                    ? oneCustomer(c, columns, filter, page, size)
                    : fromRunningTotals(c, columns, filter, page, size);
        });
    }

    /** One customer has one row per currency: its totals are its rows. */
    private ArAgingReport oneCustomer(Connection c, AgingColumns columns, ReportFilter filter, int page, int size)
            throws SQLException {
        List<CustomerAging> rows = customerRows(c, columns, filter);
        List<CurrencyAging> totals = rows.stream()
                .map(row -> new CurrencyAging(row.currency(), row.openItems(), row.amounts())).toList();
        List<CurrencyBalance> balances = rows.stream()
                .map(row -> balance(row.currency(), row.amounts(), row.unappliedCash(), row.creditBalance())).toList();
        List<CustomerAging> pageRows = rows.stream().skip((long) page * size).limit(size).toList();
        return report(columns, filter, totals, balances, new Page<>(pageRows, page, size, rows.size()));
    }

    private ArAgingReport fromRunningTotals(Connection c, AgingColumns columns, ReportFilter filter, int page,
                                            int size) throws SQLException {
        LocalDate asOf = columns.asOf();
        Map<String, long[]> customers = new HashMap<>();
        Map<String, BigDecimal[]> cash = new HashMap<>();
        try (PreparedStatement select = customersAsOf(asOf, filter).prepare(c); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                customers.put(rs.getString(1), new long[] {rs.getLong(2)});
                cash.put(rs.getString(1), new BigDecimal[] {rs.getBigDecimal(3), rs.getBigDecimal(4)});
            }
        }
        BoundSql dueTotals = new BoundSql().append("WITH due AS (");
        appendDueAsOf(dueTotals, asOf, filter).append(") SELECT currency, sum(items) AS items, ");
        columns.appendSums(dueTotals, "open_amount").append(" FROM due GROUP BY currency ORDER BY currency");
        List<CurrencyAging> totals = new ArrayList<>();
        List<CurrencyBalance> balances = new ArrayList<>();
        long customerRows = 0;
        try (PreparedStatement select = dueTotals.prepare(c); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString("currency");
                long listed = customers.getOrDefault(code, new long[] {0})[0];
                if (listed == 0) { // nothing open, no unapplied cash, no credit balance: no row in this currency
                    continue;
                }
                AgingAmounts amounts = columns.amounts(rs, Currency.getInstance(code));
                BigDecimal[] unappliedAndCredit = cash.get(code);
                totals.add(new CurrencyAging(code, rs.getLong("items"), amounts));
                balances.add(balance(code, amounts, unappliedAndCredit[0], unappliedAndCredit[1]));
                customerRows += listed;
            }
        }
        return report(columns, filter, totals, balances,
                new Page<>(pageOfCustomers(c, columns, filter, page, size), page, size, customerRows));
    }

    /**
     * Appends {@code SELECT legal_entity, currency, due_date, open_amount, items ...}: from the running totals, the
     * open amount and the counted items of the filter's legal entities per currency and due date at the end of
     * {@code asOf}.
     */
    public static BoundSql appendDueAsOf(BoundSql sql, LocalDate asOf, ReportFilter filter) {
        sql.append("SELECT legal_entity, currency, due_date, sum(open_amount) AS open_amount, sum(items) AS items"
                + " FROM (SELECT legal_entity, currency, due_date, open_amount, items FROM ar_aging_due WHERE true");
        filter.appendTo(sql).append(" UNION ALL SELECT legal_entity, currency, due_date, -open_delta, -items_delta"
                + " FROM ar_aging_due_change WHERE effective_date > ?", asOf);
        return filter.appendTo(sql).append(") d GROUP BY legal_entity, currency, due_date");
    }

    /**
     * {@code SELECT currency, customers, unapplied, credit ...}: from the running totals, per currency, the customer
     * rows listed, the unapplied cash and the credit balances of the filter's legal entities at the end of asOf.
     */
    public static BoundSql customersAsOf(LocalDate asOf, ReportFilter filter) {
        BoundSql sql = new BoundSql().append("SELECT currency, sum(customers) AS customers,"
                + " sum(unapplied_cash) AS unapplied, sum(credit_balance) AS credit FROM ("
                + " SELECT currency, customers, unapplied_cash, credit_balance FROM ar_aging_customers WHERE true");
        filter.appendTo(sql).append(" UNION ALL SELECT currency, -customers_delta, -unapplied_delta,"
                + " -credit_delta FROM ar_aging_customers_change WHERE effective_date > ?", asOf);
        return filter.appendTo(sql).append(") t GROUP BY currency");
    }

    /** The page of customer rows listed on the as-of date, by name, found among the positions by their days. */
    private static List<CustomerAging> pageOfCustomers(Connection c, AgingColumns columns, ReportFilter filter,
                                                       int page, int size) throws SQLException {
        BoundSql listed = new BoundSql().append("SELECT customer_id, currency FROM ar_customer_position"
                + " WHERE listed_on @> ?::date", columns.asOf());
        filter.appendTo(listed).append(" ORDER BY customer_name, customer_id, currency LIMIT ? OFFSET ?", size,
                (long) page * size);
        return rowsOf(c, columns, filter, keys(c, listed));
    }

    private static List<Key> keys(Connection c, BoundSql query) throws SQLException {
        List<Key> keys = new ArrayList<>();
        try (PreparedStatement select = query.prepare(c); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                keys.add(new Key(rs.getObject(1, UUID.class), rs.getString(2)));
            }
        }
        return keys;
    }

    /** The rows of these customers and currencies that are listed on the as-of date, in the keys' order. */
    private static List<CustomerAging> rowsOf(Connection c, AgingColumns columns, ReportFilter filter,
                                              List<Key> keys) throws SQLException {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<Key, CustomerAging> byKey = new HashMap<>();
        for (CustomerAging row : customerRows(c, columns,
                filter.onlyParties(keys.stream().map(Key::customerId).distinct().toList()))) {
            byKey.put(new Key(row.customerId(), row.currency()), row);
        }
        return keys.stream().filter(byKey::containsKey).map(byKey::get).toList();
    }

    /**
     * Ages the open items of the customers of the filter one by one, with their unapplied cash and credit balance
     * on the as-of date: per customer and currency, by customer name; a customer with either appears.
     */
    private static List<CustomerAging> customerRows(Connection c, AgingColumns columns, ReportFilter filter)
            throws SQLException {
        LocalDate asOf = columns.asOf();
        BoundSql sql = new BoundSql().append("WITH aged AS (SELECT customer_id, currency, count(*) AS items, ");
        columns.appendSums(sql, "open_as_of").append(" FROM ");
        OpenItemsAsOf.RECEIVABLES.appendTo(sql, asOf, filter);
        sql.append(" AS item WHERE open_as_of <> 0 GROUP BY customer_id, currency),"
                + " cash AS (SELECT a.customer_id, a.currency,"
                + " sum(a.unapplied_cash - coalesce(l.unapplied, 0)) AS unapplied,"
                + " sum(a.credit_balance - coalesce(l.credit, 0)) AS credit FROM ar_account a"
                + " LEFT JOIN (SELECT account_id, sum(unapplied_delta) AS unapplied, sum(credit_delta) AS credit"
                + " FROM ar_account_movement WHERE effective_date > ?", asOf);
        filter.appendTo(sql).append(" GROUP BY account_id) l ON l.account_id = a.account_id WHERE true");
        filter.appendTo(sql).append(" GROUP BY a.customer_id, a.currency"
                + " HAVING sum(a.unapplied_cash - coalesce(l.unapplied, 0)) <> 0"
                + " OR sum(a.credit_balance - coalesce(l.credit, 0)) <> 0)"
                + " SELECT r.*, cu.name FROM (SELECT * FROM aged FULL JOIN cash USING (customer_id, currency)) r"
                + " LEFT JOIN ar_customer cu ON cu.customer_id = r.customer_id"
                + " ORDER BY cu.name NULLS LAST, r.customer_id, r.currency");
        List<CustomerAging> rows = new ArrayList<>();
        try (PreparedStatement select = sql.prepare(c); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Currency currency = Currency.getInstance(rs.getString("currency"));
                AgingAmounts amounts = columns.amounts(rs, currency);
                BigDecimal unapplied = Money.of(orZero(rs.getBigDecimal("unapplied")), currency).amount();
                BigDecimal credit = Money.of(orZero(rs.getBigDecimal("credit")), currency).amount();
                CurrencyBalance balance = balance(currency.getCurrencyCode(), amounts, unapplied, credit);
                rows.add(new CustomerAging(rs.getObject("customer_id", UUID.class), rs.getString("name"),
                        currency.getCurrencyCode(), rs.getLong("items"), amounts, balance.unappliedCash(),
                        balance.creditBalance(), balance.netBalance()));
            }
        }
        return rows;
    }

    private static ArAgingReport report(AgingColumns columns, ReportFilter filter, List<CurrencyAging> totals,
                                        List<CurrencyBalance> balances, Page<CustomerAging> customers) {
        return new ArAgingReport(columns.asOf(), filter.legalEntity(), filter.currency(), filter.party(), totals,
                balances, customers);
    }

    private static CurrencyBalance balance(String code, AgingAmounts amounts, BigDecimal unapplied,
                                           BigDecimal credit) {
        Currency currency = Currency.getInstance(code);
        Money unappliedCash = Money.of(orZero(unapplied), currency);
        Money creditBalance = Money.of(orZero(credit), currency);
        Money net = Money.of(amounts.total(), currency).minus(unappliedCash).minus(creditBalance);
        return new CurrencyBalance(code, amounts.total(), unappliedCash.amount(), creditBalance.amount(),
                net.amount());
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
