package org.o2c.reporting.aging;

import java.time.LocalDate;

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

    LocalDate earliestDueDate(LocalDate asOf) {
        return toDays == Integer.MAX_VALUE ? LocalDate.of(1, 1, 1) : asOf.minusDays(toDays);
    }

    LocalDate latestDueDate(LocalDate asOf) {
        return fromDays == Integer.MIN_VALUE ? LocalDate.of(9999, 12, 31) : asOf.minusDays(fromDays);
    }
}
