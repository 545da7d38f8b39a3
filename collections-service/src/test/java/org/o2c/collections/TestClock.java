package org.o2c.collections;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the real time, moved forward by a test that needs a later "today" (a promise's date
 * passing). A test that moves it puts it back when it ends.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {
    private static volatile Duration ahead = Duration.ZERO;

    public static void moveDaysAhead(long days) {
        ahead = Duration.ofDays(days);
    }

    public static void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead);
    }
}
