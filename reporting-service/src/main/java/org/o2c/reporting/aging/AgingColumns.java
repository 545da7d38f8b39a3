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
 * The bucket columns a report selects when it ages amounts at {@code asOf}: the six standard buckets (columns
 * {@code s0..s5}) and those of the schedule in force ({@code b0..}), read back as {@link AgingAmounts}.
 */
record AgingColumns(LocalDate asOf, AgingSchedule schedule) {
    private static final String STANDARD = "s";
    private static final String OWN = "b";

    /** Appends the bucket sums of {@code column} over rows with a {@code due_date}. */
    BoundSql appendSums(BoundSql sql, String column) {
        AgingSchedule.STANDARD.appendSums(sql, asOf, column, STANDARD).append(", ");
        return schedule.appendSums(sql, asOf, column, OWN);
    }

    /** Appends the totals of the bucket columns of already aged rows. */
    BoundSql appendTotals(BoundSql sql) {
        AgingSchedule.STANDARD.appendTotals(sql, STANDARD).append(", ");
        return schedule.appendTotals(sql, OWN);
    }

    AgingAmounts amounts(ResultSet row, Currency currency) throws SQLException {
        List<BigDecimal> standard = AgingSchedule.STANDARD.amounts(row, STANDARD, currency);
        Money total = Money.zero(currency);
        for (BigDecimal amount : standard) {
            total = total.plus(Money.of(amount, currency));
        }
        List<BigDecimal> own = schedule.amounts(row, OWN, currency);
        List<AgingSchedule.Bucket> buckets = schedule.buckets();
        List<BucketAmount> byBucket = new ArrayList<>();
        for (int n = 0; n < buckets.size(); n++) {
            AgingSchedule.Bucket bucket = buckets.get(n);
            byBucket.add(new BucketAmount(bucket.label(), bucket.fromDays(), bucket.toDays(), own.get(n)));
        }
        return new AgingAmounts(standard.get(0), standard.get(1), standard.get(2), standard.get(3),
                standard.get(4), standard.get(5), total.amount(), byBucket);
    }
}
