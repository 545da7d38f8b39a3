package org.o2c.reporting.dso;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import javax.sql.DataSource;
import org.o2c.reporting.aging.ArAgingQuery;
import org.o2c.reporting.aging.BalanceEntryKind;
import org.o2c.reporting.aging.BoundSql;
import org.o2c.reporting.aging.ReportFilter;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.readmodel.Snapshot;
import org.o2c.runtime.security.LegalEntityScope;

/**
 * Standard DSO: receivables at the end of the period (the open items as of its last day, as the AR aging counts
 * them) divided by the credit sales of the period (invoices issued in it, less credit notes issued in it), times
 * the days of the period. One statement over the aging's running totals and the period's documents.
 */
@ApplicationScoped
public class DsoQuery {
    @Inject
    DataSource dataSource;

    public DsoReport report(LegalEntityScope scope, LocalDate from, LocalDate to, String legalEntity, String currency) {
        ReportFilter filter = ReportFilter.of(scope, legalEntity, currency);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        BoundSql sql = new BoundSql().append("WITH receivables AS (SELECT legal_entity, currency,"
                + " sum(open_amount) AS receivables FROM (");
        ArAgingQuery.appendDueAsOf(sql, to, filter);
        sql.append(") due GROUP BY legal_entity, currency HAVING sum(open_amount) <> 0),"
                        + " sales AS (SELECT legal_entity, currency, sum(amount) AS sales FROM ar_balance_entry"
                        + " WHERE kind IN (?, ?) AND entry_date BETWEEN ? AND ?",
                BalanceEntryKind.INVOICE.name(), BalanceEntryKind.CREDIT_NOTE.name(), from, to);
        filter.appendTo(sql).append(" GROUP BY legal_entity, currency)"
                + " SELECT legal_entity, currency, coalesce(receivables, 0) AS receivables,"
                + " coalesce(sales, 0) AS sales FROM receivables FULL JOIN sales USING (legal_entity, currency)"
                + " ORDER BY legal_entity, currency");
        List<DaysSalesOutstanding> results = Snapshot.read(dataSource, c -> lines(c, sql, days));
        return new DsoReport(from, to, days, legalEntity, currency, results);
    }

    private static List<DaysSalesOutstanding> lines(Connection c, BoundSql sql, long days) throws SQLException {
        List<DaysSalesOutstanding> lines = new ArrayList<>();
        try (PreparedStatement select = sql.prepare(c); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Currency currency = Currency.getInstance(rs.getString("currency"));
                BigDecimal receivables = Money.of(rs.getBigDecimal("receivables"), currency).amount();
                BigDecimal sales = Money.of(rs.getBigDecimal("sales"), currency).amount();
                lines.add(dso(rs.getString("legal_entity"), currency.getCurrencyCode(), receivables, sales, days));
            }
        }
        return lines;
    }

    /** Rounds once, half-up to one decimal, after multiplying: (receivables x days) / sales. */
    static DaysSalesOutstanding dso(String legalEntity, String currency, BigDecimal receivables, BigDecimal sales,
                                    long days) {
        if (sales.signum() <= 0) {
            String why = sales.signum() == 0 ? "no credit sales in the period: DSO is undefined"
                    : "credit notes exceed the invoices of the period: DSO is undefined";
            return new DaysSalesOutstanding(legalEntity, currency, receivables, sales, days, null, why);
        }
        BigDecimal dso = receivables.multiply(BigDecimal.valueOf(days)).divide(sales, 1, Money.ROUNDING);
        return new DaysSalesOutstanding(legalEntity, currency, receivables, sales, days, dso, null);
    }
}
