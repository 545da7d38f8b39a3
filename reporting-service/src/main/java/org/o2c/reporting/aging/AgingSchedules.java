package org.o2c.reporting.aging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.readmodel.Snapshot;

/**
 * The aging buckets of each legal entity: the standard six until an AR manager sets others. A report for one legal
 * entity shows its buckets beside the standard six; a report over several legal entities shows the standard six
 * only, since their buckets may differ.
 */
@ApplicationScoped
public class AgingSchedules {
    @Inject
    DataSource dataSource;
    @Inject
    Clock clock;

    /** The buckets in force for a report over {@code legalEntity}, or over every entity of its scope if null. */
    AgingSchedule inForce(Connection c, String legalEntity) throws SQLException {
        if (legalEntity == null) {
            return AgingSchedule.STANDARD;
        }
        List<AgingScheduleView.Change> changes = changes(c, legalEntity, 1);
        return changes.isEmpty() ? AgingSchedule.STANDARD : new AgingSchedule(changes.get(0).pastDueUpTo());
    }

    public AgingScheduleView view(String legalEntity) {
        return Snapshot.read(dataSource, c -> view(c, legalEntity));
    }

    /** Sets a legal entity's buckets from now on; every report read afterwards ages by them. */
    public AgingScheduleView change(String legalEntity, AgingScheduleRequest request, String user) {
        List<Integer> limits = request.pastDueUpTo();
        for (int n = 1; n < limits.size(); n++) {
            if (limits.get(n) <= limits.get(n - 1)) {
                throw ProblemException.field(ProblemType.VALIDATION_FAILED, "pastDueUpTo[" + n + "]",
                        "strictly-increasing", "must be greater than the limit before it (" + limits.get(n - 1) + ")");
            }
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO aging_schedule (legal_entity, past_due_up_to, changed_by, changed_at)
                VALUES (?, ?, ?, ?)""")) {
            insert.setString(1, legalEntity);
            insert.setArray(2, c.createArrayOf("int4", limits.toArray()));
            insert.setString(3, user);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            insert.executeUpdate();
            return view(c, legalEntity);
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the aging buckets of " + legalEntity, e);
        }
    }

    private AgingScheduleView view(Connection c, String legalEntity) throws SQLException {
        List<AgingScheduleView.Change> changes = changes(c, legalEntity, Integer.MAX_VALUE);
        AgingSchedule schedule = changes.isEmpty()
                ? AgingSchedule.STANDARD : new AgingSchedule(changes.get(0).pastDueUpTo());
        return new AgingScheduleView(legalEntity, schedule.pastDueUpTo(),
                schedule.buckets().stream().map(AgingSchedule.Bucket::label).toList(), changes);
    }

    private static List<AgingScheduleView.Change> changes(Connection c, String legalEntity, int limit)
            throws SQLException {
        List<AgingScheduleView.Change> changes = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT past_due_up_to, changed_by, changed_at FROM aging_schedule WHERE legal_entity = ?
                ORDER BY change_id DESC LIMIT ?""")) {
            select.setString(1, legalEntity);
            select.setInt(2, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Array limits = rs.getArray(1);
                    changes.add(new AgingScheduleView.Change(Arrays.asList((Integer[]) limits.getArray()),
                            rs.getString(2), rs.getTimestamp(3).toInstant()));
                }
            }
        }
        return changes;
    }
}
