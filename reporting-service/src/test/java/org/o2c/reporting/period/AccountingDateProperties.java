package org.o2c.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.o2c.runtime.period.ClosedBooks;

/**
 * Invariant 7 for postings: wherever a legal entity's books are closed up to (or not at all), a posting's accounting
 * date lies in an open month, never before its document date, and is the document date itself whenever that month
 * is open.
 */
class AccountingDateProperties {
    private static final YearMonth BASE = YearMonth.of(2025, 1);

    @Property(tries = 500)
    void noPostingIsDatedInsideAClosedPeriod(@ForAll @IntRange(min = -1, max = 35) int closedMonths,
                                             @ForAll @IntRange(min = 0, max = 1094) int day) {
        Map<String, YearMonth> closedUpTo = new HashMap<>();
        if (closedMonths >= 0) {
            closedUpTo.put("DE01", BASE.plusMonths(closedMonths));
        }
        ClosedBooks periods = new ClosedBooks(closedUpTo);
        LocalDate document = BASE.atDay(1).plusDays(day);
        LocalDate accounting = periods.accountingDate("DE01", document);
        assertThat(periods.isClosed("DE01", YearMonth.from(accounting))).isFalse();
        assertThat(accounting).isAfterOrEqualTo(document);
        if (!periods.isClosed("DE01", YearMonth.from(document))) {
            assertThat(accounting).isEqualTo(document);
        } else {
            assertThat(accounting).isEqualTo(closedUpTo.get("DE01").plusMonths(1).atDay(1));
        }
    }
}
