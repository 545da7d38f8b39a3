package org.o2c.reporting.period;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.o2c.events.reporting.CloseCheck;
import org.o2c.reporting.ledger.YearEndClose;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * Closes and reopens periods under the rules of the books: months close in order and only once they are over, and
 * closing one closes the books up to it; closing a December also closes the year's profit and loss into retained
 * earnings. A period reopens only when no later one is closed, so that a closed month's opening balances never
 * move.
 */
@Singleton
public class PeriodClosing {
    @Inject
    PeriodRegister periods;
    @Inject
    CloseChecks checks;
    @Inject
    Commands commands;
    @Inject
    Clock clock;
    @Inject
    YearEndClose yearEnd;

    public PeriodView close(String legalEntity, YearMonth period, CloseRequest request, String user) {
        if (closed(periods.find(legalEntity, period))) {
            throw new BusinessRuleViolation("period", "already-closed", "period " + period + " of " + legalEntity
                    + " is already closed");
        }
        if (!period.atEndOfMonth().isBefore(LocalDate.now(clock))) {
            throw new BusinessRuleViolation("period", "period-not-ended", "period " + period + " ends on "
                    + period.atEndOfMonth() + "; it closes from the day after");
        }
        periods.firstPostedMonth(legalEntity).ifPresent(first -> {
            if (first.isBefore(period)) {
                periods.list(legalEntity, first, period.minusMonths(1)).stream()
                        .filter(p -> !closed(p)).reduce((later, earlier) -> earlier)
                        .ifPresent(open -> {
                            throw new BusinessRuleViolation("period", "earlier-period-open", "period "
                                    + open.period() + " of " + legalEntity + " is still open; months close in order");
                        });
            }
        });
        Set<String> acknowledged = Set.copyOf(request.acknowledge() == null ? List.of() : request.acknowledge());
        List<CloseCheck> checklist = checks.run(legalEntity, period).items().stream()
                .map(item -> new CloseCheck(item.item(), item.findings(), item.findings() > 0
                        && acknowledged.contains(item.item()))).toList();
        if (period.getMonthValue() == 12) {
            yearEnd.post(legalEntity, Year.of(period.getYear()));
        }
        commands.send(new ClosePeriod(AccountingPeriodId.of(legalEntity, period), legalEntity, period, user,
                checklist, request.note()));
        return periods.find(legalEntity, period);
    }

    public PeriodView requestReopening(String legalEntity, YearMonth period, ReopeningRequest request, String user) {
        YearMonth current = YearMonth.now(clock);
        if (period.isBefore(current)) {
            periods.list(legalEntity, period.plusMonths(1), current).stream()
                    .filter(p -> closed(p)).findFirst().ifPresent(later -> {
                        throw new BusinessRuleViolation("period", "later-period-closed", "period " + later.period()
                                + " is closed; reopen the latest closed period first");
                    });
        }
        if (!closed(periods.find(legalEntity, period))) {
            throw new BusinessRuleViolation("period", "not-closed", "period " + period + " of " + legalEntity
                    + " is open");
        }
        commands.send(new RequestReopening(AccountingPeriodId.of(legalEntity, period), request.reason(), user));
        return periods.find(legalEntity, period);
    }

    public PeriodView approveReopening(String legalEntity, YearMonth period, String user) {
        PeriodView current = periods.find(legalEntity, period);
        if (!closed(current)) {
            throw new BusinessRuleViolation("period", "not-closed", "period " + period + " of " + legalEntity
                    + " is open");
        }
        if (current.reopeningRequestedBy() == null) {
            throw new BusinessRuleViolation("period", "no-reopening-requested", "nobody asked to reopen period "
                    + period + " of " + legalEntity);
        }
        commands.send(new ApproveReopening(AccountingPeriodId.of(legalEntity, period), user));
        return periods.find(legalEntity, period);
    }

    private static boolean closed(PeriodView period) {
        return PeriodView.CLOSED.equals(period.status());
    }
}
