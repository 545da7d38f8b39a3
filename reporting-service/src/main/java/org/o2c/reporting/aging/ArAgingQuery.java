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
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.readmodel.Snapshot;

/**
 * Computes the AR aging in the database: one pass over the open items that sums each bucket, grouped by
 * currency and by customer, so the report costs one scan however many items there are. Totals and the page of
 * customers are read in one snapshot, so they always agree.
 */
@ApplicationScoped
public class ArAgingQuery {
    private static final String BUCKET_SUMS = Arrays.stream(AgingBucket.values())
            .map(b -> "coalesce(sum(open_amount) FILTER (WHERE " + b.condition() + "), 0) AS " + b.name())
            .collect(Collectors.joining(",\n "));

    @Inject
    DataSource dataSource;

    public ArAgingReport report(LocalDate asOf, String legalEntity, String currency, UUID customerId, int page,
                                int size) {
        Filter filter = new Filter(asOf, legalEntity, currency, customerId);
        return Snapshot.read(dataSource, c -> report(c, filter, page, size));
    }

    private ArAgingReport report(Connection c, Filter filter, int page, int size) throws SQLException {
        LocalDate asOf = filter.asOf();
        List<CurrencyAging> totals = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT currency, count(*) AS items,\n " + BUCKET_SUMS
                + "\nFROM ar_open_item WHERE " + filter.where() + " GROUP BY currency ORDER BY currency")) {
            filter.bind(select, bindBuckets(select, asOf));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    totals.add(new CurrencyAging(rs.getString("currency"), rs.getLong("items"), amounts(rs)));
                }
            }
        }
        long customerRows;
        try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM ar_open_item WHERE "
                + filter.where() + " GROUP BY currency, customer_id) AS rows")) {
            filter.bind(count, 1);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                customerRows = rs.getLong(1);
            }
        }
        List<CustomerAging> customers = new ArrayList<>();
        String perCustomer = "SELECT a.*, cu.name FROM (SELECT customer_id, currency, count(*) AS items,\n "
                + BUCKET_SUMS + "\nFROM ar_open_item WHERE " + filter.where() + " GROUP BY customer_id, currency) AS a"
                + " LEFT JOIN ar_customer cu ON cu.customer_id = a.customer_id"
                + " ORDER BY cu.name NULLS LAST, a.customer_id, a.currency LIMIT ? OFFSET ?";
        try (PreparedStatement select = c.prepareStatement(perCustomer)) {
            int next = filter.bind(select, bindBuckets(select, asOf));
            select.setInt(next++, size);
            select.setLong(next, (long) page * size);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    customers.add(new CustomerAging(rs.getObject("customer_id", UUID.class), rs.getString("name"),
                            rs.getString("currency"), rs.getLong("items"), amounts(rs)));
                }
            }
        }
        return new ArAgingReport(asOf, filter.legalEntity(), filter.currency(), filter.customerId(), totals,
                new Page<>(customers, page, size, customerRows));
    }

    private static int bindBuckets(PreparedStatement statement, LocalDate asOf) throws SQLException {
        int index = 1;
        for (AgingBucket bucket : AgingBucket.values()) {
            statement.setObject(index++, bucket.earliestDueDate(asOf));
            statement.setObject(index++, bucket.latestDueDate(asOf));
        }
        return index;
    }

    private static AgingAmounts amounts(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        BigDecimal[] sums = new BigDecimal[AgingBucket.values().length];
        Money total = Money.zero(currency);
        for (AgingBucket bucket : AgingBucket.values()) {
            Money amount = Money.of(rs.getBigDecimal(bucket.name()), currency);
            sums[bucket.ordinal()] = amount.amount();
            total = total.plus(amount);
        }
        return new AgingAmounts(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], total.amount());
    }

    /** Open items issued by the as-of date, optionally of one legal entity, currency or customer. */
    private record Filter(LocalDate asOf, String legalEntity, String currency, UUID customerId) {
        String where() {
            return "issue_date <= ? AND open_amount <> 0"
                    + (legalEntity == null ? "" : " AND legal_entity = ?")
                    + (currency == null ? "" : " AND currency = ?")
                    + (customerId == null ? "" : " AND customer_id = ?");
        }

        int bind(PreparedStatement statement, int index) throws SQLException {
            statement.setObject(index++, asOf);
            if (legalEntity != null) {
                statement.setString(index++, legalEntity);
            }
            if (currency != null) {
                statement.setString(index++, currency);
            }
            if (customerId != null) {
                statement.setObject(index++, customerId);
            }
            return index;
        }
    }
}
