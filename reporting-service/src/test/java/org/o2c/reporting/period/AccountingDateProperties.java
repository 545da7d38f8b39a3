package org.o2c.reporting.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariant 7 for postings: whatever months are closed, a posting's accounting date lies in an open period, never
 * before its document date, and is the document date itself whenever that month is open.
 */
class AccountingDateProperties {
    private static final YearMonth BASE = YearMonth.of(2025, 1);

    @Property(tries = 500)
    void noPostingIsDatedInsideAClosedPeriod(@ForAll @Size(max = 24) Set<@IntRange(min = 0, max = 35) Integer> closed,
                                             @ForAll @IntRange(min = 0, max = 1094) int day) {
        Set<YearMonth> months = closed.stream().map(BASE::plusMonths).collect(Collectors.toSet());
        ClosedPeriods periods = new ClosedPeriods(Map.of("DE01", months));
        LocalDate document = BASE.atDay(1).plusDays(day);
        LocalDate accounting = periods.accountingDate("DE01", document);
        assertThat(months).doesNotContain(YearMonth.from(accounting));
        assertThat(accounting).isAfterOrEqualTo(document);
        if (!months.contains(YearMonth.from(document))) {
            assertThat(accounting).isEqualTo(document);
        } else {
            assertThat(accounting.getDayOfMonth()).isEqualTo(1);
            assertThat(months).contains(YearMonth.from(accounting).minusMonths(1));
        }
    }
}
