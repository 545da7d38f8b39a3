package org.o2c.credit.profile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.Currency;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.o2c.events.credit.CreditCheckDeclined;
import org.o2c.events.credit.CreditHoldPlaced;
import org.o2c.events.credit.CreditHoldReleased;
import org.o2c.events.credit.CreditLimitBreached;
import org.o2c.events.credit.CreditLimitChanged;
import org.o2c.runtime.control.FourEyes;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;

/**
 * A customer's credit profile: its limit, whether its new orders are held, and a raise awaiting approval.
 *
 * <p>The hold rule: the customer is on credit hold exactly while its exposure is above its limit. When exposure
 * rises above the limit (or the limit is lowered below the exposure, or a profile is opened below it) the profile
 * publishes CreditLimitBreached once and places the hold; while exposure stays above, nothing more is published;
 * when exposure is back at or below the limit, or the limit is raised to or above it, the hold is released, and
 * the next upward crossing is a new breach.
 *
 * <p>Exposure reaches the profile in commands, as the exposure read model states it at that moment; only
 * decisions are events, so an account with thousands of payments does not make the profile's history long.
 */
public class CreditProfile {
    public static final String HOLD_EXPOSURE_ABOVE_LIMIT = "EXPOSURE_ABOVE_LIMIT";
    public static final String RELEASE_EXPOSURE_WITHIN_LIMIT = "EXPOSURE_WITHIN_LIMIT";
    public static final String RELEASE_LIMIT_RAISED = "LIMIT_RAISED_TO_EXPOSURE";

    @AggregateIdentifier
    private CustomerId customerId;
    private String legalEntity;
    private Currency currency;
    /** Null while the customer has no profile (its history may hold declined checks only). */
    private BigDecimal limit;
    private boolean onHold;
    /** The four-eyes baseline: the last limit a second person approved, or a lower one set since; 0 at first. */
    private BigDecimal approvedLimit;
    private BigDecimal pendingLimit;
    private String pendingRequestedBy;

    protected CreditProfile() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LimitChangeOutcome handle(SetCreditLimit command) {
        if (command.creditLimit().signum() < 0) {
            throw new BusinessRuleViolation("creditLimit", "not-negative", "a credit limit must not be negative");
        }
        if (currency != null && !currency.equals(command.currency())) {
            throw new BusinessRuleViolation("currency", "profile-currency",
                    "this profile's limit is kept in " + currency.getCurrencyCode());
        }
        BigDecimal requested = Money.exact("creditLimit", command.creditLimit(), command.currency()).amount();
        BigDecimal exposure = Money.of(command.exposure(), command.currency()).amount();
        if (limit != null && requested.compareTo(limit) == 0) {
            return LimitChangeOutcome.UNCHANGED;
        }
        if (new FourEyes(command.approvalThreshold()).needsSecondPerson(requested, approvedLimit)) {
            if (pendingLimit != null && pendingLimit.compareTo(requested) == 0
                    && command.requestedBy().equals(pendingRequestedBy)) {
                return LimitChangeOutcome.UNCHANGED;
            }
            if (limit == null) {
                // a new profile grants nothing until the second person approves: it opens at 0
                apply(new CreditLimitChanged(command.customerId().value(), command.legalEntity(),
                        command.currency().getCurrencyCode(), null, BigDecimal.ZERO.setScale(
                        command.currency().getDefaultFractionDigits()), command.requestedBy(), null));
                reassess(exposure, RELEASE_LIMIT_RAISED);
            }
            apply(new CreditLimitRaiseRequested(command.customerId().value(), command.legalEntity(),
                    command.currency().getCurrencyCode(), limit, requested, command.requestedBy()));
            return LimitChangeOutcome.PENDING_APPROVAL;
        }
        BigDecimal previous = limit;
        apply(new CreditLimitChanged(command.customerId().value(), command.legalEntity(),
                command.currency().getCurrencyCode(), previous, requested, command.requestedBy(), null));
        reassess(exposure, RELEASE_LIMIT_RAISED);
        return LimitChangeOutcome.EFFECTIVE;
    }

    @CommandHandler
    public void handle(ApprovePendingLimitChange command) {
        requirePendingChange();
        if (FourEyes.samePerson(pendingRequestedBy, command.approvedBy())) {
            throw new BusinessRuleViolation("approvedBy", "four-eyes",
                    "the user who requested a limit raise cannot approve it; another credit manager must");
        }
        apply(new CreditLimitChanged(customerId.value(), legalEntity, currency.getCurrencyCode(), limit, pendingLimit,
                pendingRequestedBy, command.approvedBy()));
        reassess(Money.of(command.exposure(), currency).amount(), RELEASE_LIMIT_RAISED);
    }

    @CommandHandler
    public void handle(RejectPendingLimitChange command) {
        requirePendingChange();
        apply(new CreditLimitRaiseRejected(customerId.value(), pendingLimit, pendingRequestedBy,
                command.rejectedBy()));
    }

    @CommandHandler
    public void handle(RecordExposure command) {
        if (limit == null || !currency.equals(command.currency())) {
            return; // exposure in another currency is not measured against this limit
        }
        reassess(Money.of(command.exposure(), currency).amount(), RELEASE_EXPOSURE_WITHIN_LIMIT);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DeclineCreditCheck command) {
        apply(new CreditCheckDeclined(command.creditCheckId(), command.customerId().value(), command.legalEntity(),
                command.currency().getCurrencyCode(), command.orderAmount(), command.creditLimit(),
                command.exposure(), command.reasons()));
    }

    /** The hold rule, applied after every change of limit or exposure. */
    private void reassess(BigDecimal exposure, String releaseReason) {
        boolean aboveLimit = exposure.compareTo(limit) > 0;
        String code = currency.getCurrencyCode();
        if (aboveLimit && !onHold) {
            apply(new CreditLimitBreached(customerId.value(), legalEntity, code, limit, exposure));
            apply(new CreditHoldPlaced(customerId.value(), legalEntity, code, HOLD_EXPOSURE_ABOVE_LIMIT, limit,
                    exposure));
        } else if (!aboveLimit && onHold) {
            apply(new CreditHoldReleased(customerId.value(), legalEntity, code, releaseReason, limit, exposure));
        }
    }

    private void requirePendingChange() {
        if (pendingLimit == null) {
            throw ProblemException.field(ProblemType.CONFLICT, "pendingLimitChange", "pending-change-exists",
                    "no limit change awaits approval for this customer");
        }
    }

    @EventSourcingHandler
    void on(CreditLimitChanged event) {
        customerId = new CustomerId(event.customerId());
        legalEntity = event.legalEntity();
        currency = Currency.getInstance(event.currency());
        limit = event.newLimit();
        approvedLimit = FourEyes.baselineAfter(approvedLimit, event.newLimit(), event.approvedBy() != null);
        pendingLimit = null;
        pendingRequestedBy = null;
    }

    @EventSourcingHandler
    void on(CreditLimitRaiseRequested event) {
        pendingLimit = event.requestedLimit();
        pendingRequestedBy = event.requestedBy();
    }

    @EventSourcingHandler
    void on(CreditLimitRaiseRejected event) {
        pendingLimit = null;
        pendingRequestedBy = null;
    }

    @EventSourcingHandler
    void on(CreditHoldPlaced event) {
        onHold = true;
    }

    @EventSourcingHandler
    void on(CreditHoldReleased event) {
        onHold = false;
    }

    @EventSourcingHandler
    void on(CreditCheckDeclined event) {
        customerId = new CustomerId(event.customerId());
    }
}
