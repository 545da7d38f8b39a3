package org.o2c.runtime.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.problem.Violation;

/**
 * Refuses a document dated inside an accounting period that reporting-service closed, or before it (invariant 7):
 * a 422 problem with rule {@code period-closed} naming the field and the period. The closed periods are those the
 * service learned from PeriodClosed and PeriodReopened on o2c.reporting.events ({@link ClosedPeriodsFeed}).
 */
@ApplicationScoped
public class ClosedPeriods {
    public static final String RULE = "period-closed";

    @Inject
    DataSource dataSource;

    /** A document date to check: the request field it came from, its legal entity and the date. */
    public record Dated(String field, String legalEntity, LocalDate date) {
    }

    public void refuseClosed(String field, String legalEntity, LocalDate date) {
        refuseAnyClosed(List.of(new Dated(field, legalEntity, date)));
    }

    /**
     * Checks several dates in one query; every one that falls into a closed period is named. A legal entity's
     * books are closed up to its latest closed month: every earlier month is closed too.
     */
    public void refuseAnyClosed(List<Dated> dates) {
        if (dates.isEmpty()) {
            return;
        }
        ClosedBooks books = books(dates.stream().map(Dated::legalEntity).distinct().toList());
        List<Violation> violations = new ArrayList<>();
        for (Dated dated : dates) {
            YearMonth period = YearMonth.from(dated.date());
            if (books.isClosed(dated.legalEntity(), period)) {
                violations.add(new Violation(dated.field(), RULE, "period " + period + " of " + dated.legalEntity()
                        + " is closed (the books are closed up to " + books.closedUpTo(dated.legalEntity())
                        + "); date the document in an open period"));
            }
        }
        if (violations.isEmpty()) {
            return;
        }
        if (violations.size() == 1) {
            Violation only = violations.get(0);
            throw new BusinessRuleViolation(only.field(), only.rule(), only.message());
        }
        throw new ProblemException(ProblemType.BUSINESS_RULE_VIOLATED, violations.size()
                + " documents are dated in closed periods", violations);
    }

    /** Where these legal entities' books are closed now, for work that asks of many dates and refuses none. */
    public ClosedBooks books(Collection<String> legalEntities) {
        Map<String, YearMonth> closedUpTo = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT legal_entity, max(period) FROM closed_period WHERE legal_entity = ANY (?)
                GROUP BY legal_entity""")) {
            select.setArray(1, c.createArrayOf("varchar", legalEntities.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    closedUpTo.put(rs.getString(1), YearMonth.parse(rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the closed periods", e);
        }
        return new ClosedBooks(closedUpTo);
    }
}
