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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.problem.Violation;

/**
 * Refuses a document dated inside an accounting period that reporting-service closed (invariant 7): a 422 problem
 * with rule {@code period-closed} naming the field and the period. The closed periods are those the service learned
 * from PeriodClosed and PeriodReopened on o2c.reporting.events ({@link ClosedPeriodsFeed}).
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

    /** Checks several dates in one query; every one that falls into a closed period is named. */
    public void refuseAnyClosed(List<Dated> dates) {
        if (dates.isEmpty()) {
            return;
        }
        Set<String> closed = new HashSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT legal_entity || '/' || period FROM closed_period
                WHERE (legal_entity, period) IN (SELECT * FROM unnest(?::varchar[], ?::varchar[]))""")) {
            select.setArray(1, c.createArrayOf("varchar", dates.stream().map(Dated::legalEntity).toArray()));
            select.setArray(2, c.createArrayOf("varchar", dates.stream()
                    .map(d -> YearMonth.from(d.date()).toString()).toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    closed.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the closed periods", e);
        }
        if (closed.isEmpty()) {
            return;
        }
        List<Violation> violations = new ArrayList<>();
        for (Dated dated : dates) {
            YearMonth period = YearMonth.from(dated.date());
            if (closed.contains(dated.legalEntity() + "/" + period)) {
                violations.add(new Violation(dated.field(), RULE, "period " + period + " of " + dated.legalEntity()
                        + " is closed; date the document in an open period"));
            }
        }
        if (violations.size() == 1) {
            Violation only = violations.get(0);
            throw new BusinessRuleViolation(only.field(), only.rule(), only.message());
        }
        throw new ProblemException(ProblemType.BUSINESS_RULE_VIOLATED, violations.size()
                + " documents are dated in closed periods", violations);
    }
}
