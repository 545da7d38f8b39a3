package org.o2c.collections.dispute;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.collections.DisputeOpened;
import org.o2c.events.collections.DisputeResolved;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.problem.BusinessRuleViolation;

/** A customer's dispute of (part of) an invoice: while open, the invoice is not dunned. Resolved once. */
public class Dispute {
    @AggregateIdentifier
    private DisputeId disputeId;
    private UUID invoiceId;
    private UUID customerId;
    private String legalEntity;
    private LocalDate resolvedOn;

    protected Dispute() {
        // for Axon
    }

    @CommandHandler
    public Dispute(OpenDispute command) {
        if (command.reasonCode() == null || command.reasonCode().isBlank()) {
            throw new BusinessRuleViolation("reasonCode", "required", "a dispute needs a reason code");
        }
        Currency currency = Currency.getInstance(command.currency());
        Money amount = Money.exact("amount", command.amount(), currency);
        if (amount.amount().signum() <= 0) {
            throw new BusinessRuleViolation("amount", "positive", "must be greater than 0");
        }
        if (amount.compareTo(Money.of(command.invoiceOpenAmount(), currency)) > 0) {
            throw new BusinessRuleViolation("amount", "within-open-amount",
                    "must not exceed the invoice's open amount " + command.invoiceOpenAmount().toPlainString());
        }
        apply(new DisputeOpened(command.disputeId().value(), command.invoiceId(), command.invoiceNumber(),
                command.customerId().value(), command.legalEntity(), command.currency(), command.reasonCode(),
                amount.amount(), command.openedOn()));
        if (command.note() != null && !command.note().isBlank()) {
            apply(new DisputeNoteRecorded(command.disputeId().value(), command.note().strip()));
        }
    }

    @CommandHandler
    void handle(ResolveDispute command) {
        if (resolvedOn != null) {
            throw new BusinessRuleViolation("id", "open-dispute", "the dispute was already resolved on " + resolvedOn);
        }
        apply(new DisputeResolved(disputeId.value(), invoiceId, customerId, legalEntity, command.resolution().name(),
                command.note(), command.resolvedOn()));
    }

    @EventSourcingHandler
    void on(DisputeOpened event) {
        this.disputeId = new DisputeId(event.disputeId());
        this.invoiceId = event.invoiceId();
        this.customerId = event.customerId();
        this.legalEntity = event.legalEntity();
    }

    @EventSourcingHandler
    void on(DisputeResolved event) {
        this.resolvedOn = event.resolvedOn();
    }
}
