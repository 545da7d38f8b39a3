package org.o2c.runtime.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A date of business lies from ten years before to one year after today, both days included. */
class BusinessDateTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static boolean plausible(LocalDate date) {
        BusinessDate.Validator validator = new BusinessDate.Validator();
        validator.clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        validator.initialize(Defaults.BUSINESS_DATE);
        return validator.isValid(date, null);
    }

    @Test
    void tenYearsBackAndOneYearAheadAreTheLastDaysTaken() {
        assertThat(plausible(TODAY)).isTrue();
        assertThat(plausible(TODAY.minusYears(10))).isTrue();
        assertThat(plausible(TODAY.minusYears(10).minusDays(1))).isFalse();
        assertThat(plausible(TODAY.plusYears(1))).isTrue();
        assertThat(plausible(TODAY.plusYears(1).plusDays(1))).isFalse();
        assertThat(plausible(LocalDate.of(1, 1, 1))).isFalse();
        assertThat(plausible(LocalDate.of(9999, 12, 31))).isFalse();
        assertThat(plausible(null)).as("required is a rule of its own").isTrue();
    }

    /** The annotation with its defaults, as a field declares it. */
    private static final class Defaults {
        @BusinessDate
        private static LocalDate date;
        static final BusinessDate BUSINESS_DATE;

        static {
            try {
                BUSINESS_DATE = Defaults.class.getDeclaredField("date").getAnnotation(BusinessDate.class);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
