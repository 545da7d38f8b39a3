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
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.readmodel.Snapshot;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Computes the AR aging in the database, as of any date: the open items of that date summed per bucket, and the
 * accounts' unapplied cash and credit balance of that date, per customer and currency. Two statements (totals per
 * currency, then one page of customers), each one pass over items, accounts and the movements after the as-of
 * date, read in one snapshot so that they agree.
 */
@ApplicationScoped
public class ArAgingQuery {
    @Inject
    DataSource dataSource;

    public ArAgingReport report(LegalEntityScope scope, LocalDate asOf, String legalEntity, String currency,
            UUID customerId, int page,
                                int size) {
        ReportFilter filter = new ReportFilter(scope, legalEntity, currency, "customer_id", customerId);
        return Snapshot.read(dataSource, c -> report(c, asOf, filter, page, size));
    }

    private ArAgingReport report(Connection c, LocalDate asOf, ReportFilter filter, int page, int size)
            throws SQLException {
        List<CurrencyAging> totals = new ArrayList<>();
        List<CurrencyBalance> balances = new ArrayList<>();
        long customerRows = 0;
        BoundSql perCurrency = customerRows(asOf, filter)
                .append(" SELECT currency, count(*) AS customer_rows, coalesce(sum(items), 0) AS items, ");
        AgingBucket.appendTotals(perCurrency).append(", coalesce(sum(unapplied), 0) AS unapplied,"
                + " coalesce(sum(credit), 0) AS credit FROM report_row GROUP BY currency ORDER BY currency");
        try (PreparedStatement select = perCurrency.prepare(c); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Currency currency = Currency.getInstance(rs.getString("currency"));
                AgingAmounts amounts = AgingBucket.amounts(rs, currency);
                Money unapplied = Money.of(rs.getBigDecimal("unapplied"), currency);
                Money credit = Money.of(rs.getBigDecimal("credit"), currency);
                totals.add(new CurrencyAging(currency.getCurrencyCode(), rs.getLong("items"), amounts));
                balances.add(new CurrencyBalance(currency.getCurrencyCode(), amounts.total(), unapplied.amount(),
                        credit.amount(), net(amounts, unapplied, credit, currency)));
                customerRows += rs.getLong("customer_rows");
            }
        }
        List<CustomerAging> customers = new ArrayList<>();
        BoundSql pageOfCustomers = customerRows(asOf, filter).append(" SELECT r.*, cu.name FROM report_row r"
                        + " LEFT JOIN ar_customer cu ON cu.customer_id = r.customer_id"
                        + " ORDER BY cu.name NULLS LAST, r.customer_id, r.currency LIMIT ? OFFSET ?",
                size, (long) page * size);
        try (PreparedStatement select = pageOfCustomers.prepare(c); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Currency currency = Currency.getInstance(rs.getString("currency"));
                AgingAmounts amounts = AgingBucket.amounts(rs, currency);
                Money unapplied = Money.of(orZero(rs.getBigDecimal("unapplied")), currency);
                Money credit = Money.of(orZero(rs.getBigDecimal("credit")), currency);
                customers.add(new CustomerAging(rs.getObject("customer_id", UUID.class), rs.getString("name"),
                        currency.getCurrencyCode(), rs.getLong("items"), amounts, unapplied.amount(),
                        credit.amount(), net(amounts, unapplied, credit, currency)));
            }
        }
        return new ArAgingReport(asOf, filter.legalEntity(), filter.currency(), filter.party(), totals, balances,
                new Page<>(customers, page, size, customerRows));
    }

    /**
     * {@code WITH ... report_row AS (...)}: per customer and currency, the aged open items of the as-of date and
     * the unapplied cash and credit balance of that date; a customer with either appears.
     */
    private static BoundSql customerRows(LocalDate asOf, ReportFilter filter) {
        BoundSql sql = new BoundSql().append("WITH aged AS (SELECT customer_id, currency, count(*) AS items, ");
        AgingBucket.appendSums(sql, asOf, "open_as_of").append(" FROM ");
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
                + " OR sum(a.credit_balance - coalesce(l.credit, 0)) <> 0),"
                + " report_row AS (SELECT * FROM aged FULL JOIN cash USING (customer_id, currency))");
        return sql;
    }

    private static BigDecimal net(AgingAmounts amounts, Money unapplied, Money credit, Currency currency) {
        return Money.of(amounts.total(), currency).minus(unapplied).minus(credit).amount();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
