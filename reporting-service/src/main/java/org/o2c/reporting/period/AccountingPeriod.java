package org.o2c.reporting.period;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.YearMonth;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.o2c.events.reporting.CloseCheck;
import org.o2c.events.reporting.PeriodClosed;
import org.o2c.events.reporting.PeriodReopened;
import org.o2c.runtime.control.FourEyes;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * One month of a legal entity's books. It closes once its checklist is clean or every finding is acknowledged with
 * a note; it opens again only when one manager asks with a reason and another approves (four eyes).
 */
public class AccountingPeriod {
    @AggregateIdentifier
    private AccountingPeriodId periodId;
    private String legalEntity;
    private YearMonth period;
    private boolean closed;
    private String reopeningRequestedBy;
    private String reopeningReason;

    protected AccountingPeriod() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClosePeriod command) {
        if (closed) {
            throw new BusinessRuleViolation("period", "already-closed", "period " + command.period() + " of "
                    + command.legalEntity() + " is already closed");
        }
        List<String> unacknowledged = command.checklist().stream()
                .filter(check -> check.findings() > 0 && !check.acknowledged()).map(CloseCheck::item).toList();
        if (!unacknowledged.isEmpty()) {
            throw new BusinessRuleViolation("acknowledge", "checklist-not-clean", "the close checklist found "
                    + String.join(", ", unacknowledged) + "; clear them or acknowledge them with a note");
        }
        boolean acknowledges = command.checklist().stream().anyMatch(c -> c.findings() > 0 && c.acknowledged());
        if (acknowledges && (command.note() == null || command.note().isBlank())) {
            throw new BusinessRuleViolation("note", "required", "acknowledged findings need a note");
        }
        YearMonth month = command.period();
        apply(new PeriodClosed(command.legalEntity(), month.toString(), month.atDay(1), month.atEndOfMonth(),
                command.closedBy(), List.copyOf(command.checklist()), acknowledges ? command.note().strip() : null));
    }

    @CommandHandler
    public void handle(RequestReopening command) {
        if (!closed) {
            throw new BusinessRuleViolation("period", "not-closed", "period " + period + " of " + legalEntity
                    + " is open");
        }
        if (reopeningRequestedBy != null) {
            throw new BusinessRuleViolation("period", "reopening-pending", "reopening period " + period
                    + " was already asked for by " + reopeningRequestedBy);
        }
        apply(new PeriodReopeningRequested(legalEntity, period.toString(), command.reason().strip(),
                command.requestedBy()));
    }

    @CommandHandler
    public void handle(ApproveReopening command) {
        if (reopeningRequestedBy == null) {
            throw new BusinessRuleViolation("period", "no-reopening-requested", "nobody asked to reopen period "
                    + period + " of " + legalEntity);
        }
        if (FourEyes.samePerson(reopeningRequestedBy, command.approvedBy())) {
            throw new BusinessRuleViolation("approvedBy", "four-eyes", "the reopening was asked for by "
                    + reopeningRequestedBy + "; another person approves it");
        }
        apply(new PeriodReopened(legalEntity, period.toString(), period.atDay(1), period.atEndOfMonth(),
                reopeningReason, reopeningRequestedBy, command.approvedBy()));
    }

    @EventSourcingHandler
    void on(PeriodClosed event) {
        periodId = AccountingPeriodId.of(event.legalEntity(), YearMonth.parse(event.period()));
        legalEntity = event.legalEntity();
        period = YearMonth.parse(event.period());
        closed = true;
    }

    @EventSourcingHandler
    void on(PeriodReopeningRequested event) {
        reopeningRequestedBy = event.requestedBy();
        reopeningReason = event.reason();
    }

    @EventSourcingHandler
    void on(PeriodReopened event) {
        closed = false;
        reopeningRequestedBy = null;
        reopeningReason = null;
    }
}
