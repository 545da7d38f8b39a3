package org.o2c.reporting.period;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.o2c.runtime.period.ClosedBooks;

/** Reads the periods: which are closed, and each one's record. */
@Singleton
public class PeriodRegister {
    private static final TypeReference<List<RecordedCheck>> CHECKS = new TypeReference<>() {
    };

    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    /** How far the books of these legal entities are closed, in one query. */
    public ClosedBooks closedBooks(Collection<String> legalEntities) {
        Map<String, YearMonth> closed = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT legal_entity, max(period) FROM accounting_period WHERE status = 'CLOSED' "
                        + "AND legal_entity = ANY (?) GROUP BY legal_entity")) {
            select.setArray(1, c.createArrayOf("varchar", legalEntities.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    closed.put(rs.getString(1), YearMonth.parse(rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the closed periods", e);
        }
        return new ClosedBooks(closed);
    }

    /**
     * Every month from {@code from} to {@code to}, latest first: as recorded, or CLOSED without a record when a
     * later month is closed (the books are closed up to the latest closed month), else OPEN.
     */
    public List<PeriodView> list(String legalEntity, YearMonth from, YearMonth to) {
        ClosedBooks closed = closedBooks(List.of(legalEntity));
        Map<String, PeriodView> recorded = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT * FROM accounting_period WHERE legal_entity = ? AND period BETWEEN ? AND ?")) {
            select.setString(1, legalEntity);
            select.setString(2, from.toString());
            select.setString(3, to.toString());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    PeriodView view = view(rs);
                    recorded.put(view.period(), view);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not read the periods of " + legalEntity, e);
        }
        List<PeriodView> periods = new ArrayList<>();
        for (YearMonth month = to; !month.isBefore(from); month = month.minusMonths(1)) {
            PeriodView view = recorded.get(month.toString());
            periods.add(view != null ? view : PeriodView.unrecorded(legalEntity, month,
                    closed.isClosed(legalEntity, month)));
        }
        return periods;
    }

    public PeriodView find(String legalEntity, YearMonth period) {
        return list(legalEntity, period, period).get(0);
    }

    /** The first month the legal entity posted anything in, if it did. */
    public Optional<YearMonth> firstPostedMonth(String legalEntity) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT min(day) FROM ledger_day_balance WHERE legal_entity = ?")) {
            select.setString(1, legalEntity);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                LocalDate first = rs.getObject(1, LocalDate.class);
                return Optional.ofNullable(first).map(YearMonth::from);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the first posting of " + legalEntity, e);
        }
    }

    private PeriodView view(ResultSet rs) throws Exception {
        String checklist = rs.getString("checklist");
        return new PeriodView(rs.getString("legal_entity"), rs.getString("period"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                rs.getString("status"), rs.getString("closed_by"), instant(rs.getTimestamp("closed_at")),
                rs.getString("close_note"), checklist == null ? List.of() : json.readValue(checklist, CHECKS),
                rs.getString("reopen_requested_by"), rs.getString("reopen_reason"), rs.getString("reopened_by"),
                instant(rs.getTimestamp("reopened_at")));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
