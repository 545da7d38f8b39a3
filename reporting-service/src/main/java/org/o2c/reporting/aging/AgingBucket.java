package org.o2c.reporting.aging;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import org.o2c.runtime.money.Money;

/**
 * The aging buckets by days past due ({@code asOf - dueDate}), in the order of {@link AgingAmounts}. An item due
 * on the as-of date or later is not yet due; one due yesterday is 1 day past due.
 */
public enum AgingBucket {
    NOT_DUE(Integer.MIN_VALUE, 0),
    DAYS_1_TO_30(1, 30),
    DAYS_31_TO_60(31, 60),
    DAYS_61_TO_90(61, 90),
    DAYS_91_TO_120(91, 120),
    OVER_120(121, Integer.MAX_VALUE);

    private final int fromDays;
    private final int toDays;

    AgingBucket(int fromDays, int toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** SQL condition on {@code due_date} with two date parameters: the earliest and the latest due date. */
    String condition() {
        return "due_date BETWEEN ? AND ?";
    }

    /** Appends one {@code sum(column) AS <bucket>} per bucket, comma-separated, for items aged at {@code asOf}. */
    static BoundSql appendSums(BoundSql sql, LocalDate asOf, String column) {
        String separator = "";
        for (AgingBucket bucket : values()) {
            sql.append(separator + "coalesce(sum(" + column + ") FILTER (WHERE " + bucket.condition() + "), 0) AS "
                    + bucket.name(), bucket.earliestDueDate(asOf), bucket.latestDueDate(asOf));
            separator = ", ";
        }
        return sql;
    }

    /** Appends {@code coalesce(sum(<bucket>), 0) AS <bucket>} per bucket: totals of already aged rows. */
    static BoundSql appendTotals(BoundSql sql) {
        String separator = "";
        for (AgingBucket bucket : values()) {
            sql.append(separator + "coalesce(sum(" + bucket.name() + "), 0) AS " + bucket.name());
            separator = ", ";
        }
        return sql;
    }

    /** Reads the bucket columns of a row into amounts at the currency's minor unit. */
    static AgingAmounts amounts(ResultSet row, Currency currency) throws SQLException {
        BigDecimal[] sums = new BigDecimal[values().length];
        Money total = Money.zero(currency);
        for (AgingBucket bucket : values()) {
            BigDecimal sum = row.getBigDecimal(bucket.name());
            Money amount = Money.of(sum == null ? BigDecimal.ZERO : sum, currency);
            sums[bucket.ordinal()] = amount.amount();
            total = total.plus(amount);
        }
        return new AgingAmounts(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], total.amount());
    }

    LocalDate earliestDueDate(LocalDate asOf) {
        return toDays == Integer.MAX_VALUE ? LocalDate.of(1, 1, 1) : asOf.minusDays(toDays);
    }

    LocalDate latestDueDate(LocalDate asOf) {
        return fromDays == Integer.MIN_VALUE ? LocalDate.of(9999, 12, 31) : asOf.minusDays(fromDays);
    }
}
