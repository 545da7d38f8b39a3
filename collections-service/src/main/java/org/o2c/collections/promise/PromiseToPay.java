package org.o2c.collections.promise;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.collections.PromiseBroken;
import org.o2c.events.collections.PromiseToPayRecorded;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * A customer's promise to pay an amount by a date. Until the date has passed, its invoices are not dunned; once it
 * has, it is kept if the customer paid at least the amount within it, else broken and dunning resumes.
 */
public class PromiseToPay {
    @AggregateIdentifier
    private PromiseId promiseId;
    private UUID customerId;
    private String legalEntity;
    private Currency currency;
    private BigDecimal amount;
    private LocalDate promisedDate;
    private PromiseStatus status;

    protected PromiseToPay() {
        // for Axon
    }

    @CommandHandler
    public PromiseToPay(RecordPromise command) {
        Currency currency = Currency.getInstance(command.currency());
        Money amount = Money.exact("amount", command.amount(), currency);
        if (amount.amount().signum() <= 0) {
            throw new BusinessRuleViolation("amount", "positive", "must be greater than 0");
        }
        if (command.promisedDate().isBefore(command.recordedOn())) {
            throw new BusinessRuleViolation("promisedDate", "not-in-past",
                    "must not be before today (" + command.recordedOn() + ")");
        }
        if (command.invoiceIds() == null || command.invoiceIds().isEmpty()) {
            throw new BusinessRuleViolation("invoiceIds", "required", "a promise covers at least one invoice");
        }
        apply(new PromiseToPayRecorded(command.promiseId().value(), command.customerId().value(),
                command.legalEntity(), command.currency(), amount.amount(), command.promisedDate(),
                List.copyOf(command.invoiceIds())));
    }

    /** Returns the promise's status after the check; a promise already kept or broken stays as it is. */
    @CommandHandler
    PromiseStatus handle(CheckPromise command) {
        if (status != PromiseStatus.OPEN || !command.asOf().isAfter(promisedDate)) {
            return status;
        }
        Money received = Money.of(command.receivedAmount(), currency);
        if (received.compareTo(Money.of(amount, currency)) >= 0) {
            apply(new PromiseKept(promiseId.value(), received.amount(), command.asOf()));
            return PromiseStatus.KEPT;
        }
        apply(new PromiseBroken(promiseId.value(), customerId, legalEntity, currency.getCurrencyCode(), amount,
                promisedDate, received.amount(), command.asOf()));
        return PromiseStatus.BROKEN;
    }

    @EventSourcingHandler
    void on(PromiseToPayRecorded event) {
        this.promiseId = new PromiseId(event.promiseId());
        this.customerId = event.customerId();
        this.legalEntity = event.legalEntity();
        this.currency = Currency.getInstance(event.currency());
        this.amount = event.amount();
        this.promisedDate = event.promisedDate();
        this.status = PromiseStatus.OPEN;
    }

    @EventSourcingHandler
    void on(PromiseKept event) {
        this.status = PromiseStatus.KEPT;
    }

    @EventSourcingHandler
    void on(PromiseBroken event) {
        this.status = PromiseStatus.BROKEN;
    }
}
