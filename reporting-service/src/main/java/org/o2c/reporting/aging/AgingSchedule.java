package org.o2c.reporting.aging;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.o2c.runtime.money.Money;

/**
 * Aging buckets by days past due ({@code asOf - dueDate}): not yet due (0 days or fewer), then one bucket up to
 * each limit, then one over the last limit. An item due on the as-of date is not yet due; one due yesterday is 1 day
 * past due. {@link #STANDARD} is the six of every report ({@link AgingAmounts}' fields) and a legal entity's default.
 *
 * @param pastDueUpTo the last day of each past-due bucket but the open-ended one, strictly increasing, from 1
 */
public record AgingSchedule(List<Integer> pastDueUpTo) {
    public static final AgingSchedule STANDARD = new AgingSchedule(List.of(30, 60, 90, 120));
    /** Limits a legal entity may set: 1 to 10 of them, each up to ten years. */
    public static final int MAX_LIMITS = 10;
    public static final int MAX_DAYS = 3650;

    public AgingSchedule {
        pastDueUpTo = List.copyOf(pastDueUpTo);
    }

    /** A bucket: days past due from and to, both inclusive; null from is "not yet due", null to "and over". */
    public record Bucket(Integer fromDays, Integer toDays) {
        public String label() {
            if (fromDays == null) {
                return "not due";
            }
            return toDays == null ? "over " + (fromDays - 1) : fromDays + "-" + toDays;
        }

        LocalDate earliestDueDate(LocalDate asOf) {
            return toDays == null ? LocalDate.of(1, 1, 1) : asOf.minusDays(toDays);
        }

        LocalDate latestDueDate(LocalDate asOf) {
            return fromDays == null ? LocalDate.of(9999, 12, 31) : asOf.minusDays(fromDays);
        }
    }

    public List<Bucket> buckets() {
        List<Bucket> buckets = new ArrayList<>();
        buckets.add(new Bucket(null, 0));
        int from = 1;
        for (int upTo : pastDueUpTo) {
            buckets.add(new Bucket(from, upTo));
            from = upTo + 1;
        }
        buckets.add(new Bucket(from, null));
        return buckets;
    }

    /**
     * Appends {@code coalesce(sum(<column>) FILTER (WHERE due_date BETWEEN ? AND ?), 0) AS <prefix><n>} for every
     * bucket, comma-separated, aging the rows' due dates at {@code asOf}.
     */
    BoundSql appendSums(BoundSql sql, LocalDate asOf, String column, String prefix) {
        List<Bucket> buckets = buckets();
        for (int n = 0; n < buckets.size(); n++) {
            sql.append((n == 0 ? "" : ", ") + "coalesce(sum(" + column + ") FILTER (WHERE due_date BETWEEN ? AND ?),"
                    + " 0) AS " + prefix + n, buckets.get(n).earliestDueDate(asOf), buckets.get(n).latestDueDate(asOf));
        }
        return sql;
    }

    /** Appends {@code coalesce(sum(<prefix><n>), 0) AS <prefix><n>} for every bucket: totals of aged rows. */
    BoundSql appendTotals(BoundSql sql, String prefix) {
        for (int n = 0; n < buckets().size(); n++) {
            sql.append((n == 0 ? "" : ", ") + "coalesce(sum(" + prefix + n + "), 0) AS " + prefix + n);
        }
        return sql;
    }

    /** Reads the bucket columns of a row at the currency's minor unit. */
    List<BigDecimal> amounts(ResultSet row, String prefix, Currency currency) throws SQLException {
        List<BigDecimal> amounts = new ArrayList<>();
        for (int n = 0; n < buckets().size(); n++) {
            BigDecimal sum = row.getBigDecimal(prefix + n);
            amounts.add(Money.of(sum == null ? BigDecimal.ZERO : sum, currency).amount());
        }
        return amounts;
    }
}
