package org.o2c.testing.kafka;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.events.reporting.CloseCheck;
import org.o2c.events.reporting.PeriodClosed;
import org.o2c.events.reporting.PeriodReopened;

/**
 * Closes and reopens accounting periods as reporting-service publishes it, and waits until the service under test
 * has learned it (its {@code closed_period} table), so that a test can then date documents into the period.
 */
public final class AccountingPeriods {
    private static final long WAIT_MILLIS = 30_000;

    private AccountingPeriods() {
    }

    public static void close(String kafka, DataSource dataSource, String legalEntity, YearMonth period) {
        try (TopicWriter topics = new TopicWriter(kafka)) {
            topics.publish("reporting", key(legalEntity, period), new PeriodClosed(legalEntity, period.toString(),
                    period.atDay(1), period.atEndOfMonth(), "maria.manager", List.of(new CloseCheck(
                    "OPEN_DISPUTES", 0, false)), null));
        }
        awaitClosed(dataSource, legalEntity, period, true);
    }

    public static void reopen(String kafka, DataSource dataSource, String legalEntity, YearMonth period) {
        try (TopicWriter topics = new TopicWriter(kafka)) {
            topics.publish("reporting", key(legalEntity, period), new PeriodReopened(legalEntity, period.toString(),
                    period.atDay(1), period.atEndOfMonth(), "late supplier invoice", "maria.manager",
                    "tom.controller"));
        }
        awaitClosed(dataSource, legalEntity, period, false);
    }

    private static UUID key(String legalEntity, YearMonth period) {
        return UUID.nameUUIDFromBytes((legalEntity + ":" + period).getBytes(StandardCharsets.UTF_8));
    }

    private static void awaitClosed(DataSource dataSource, String legalEntity, YearMonth period, boolean closed) {
        long until = System.currentTimeMillis() + WAIT_MILLIS;
        while (isClosed(dataSource, legalEntity, period) != closed) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the service did not learn that " + period + " of " + legalEntity + " is "
                        + (closed ? "closed" : "open") + " within " + WAIT_MILLIS + " ms");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean isClosed(DataSource dataSource, String legalEntity, YearMonth period) {
        try (Connection c = dataSource.getConnection()) {
            return isClosed(c, legalEntity, period);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the service whose database this is has learned that the month is closed. */
    public static boolean isClosed(Connection c, String legalEntity, YearMonth period) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT 1 FROM closed_period WHERE legal_entity = ? AND period = ?")) {
            select.setString(1, legalEntity);
            select.setString(2, period.toString());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }
}
