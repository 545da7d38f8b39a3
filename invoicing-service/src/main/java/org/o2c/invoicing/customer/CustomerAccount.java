package org.o2c.invoicing.customer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.problem.BusinessRuleViolation;

/** A customer's billing account: who is billed, by which legal entity, in which currency, on which terms. */
public class CustomerAccount {
    public static final int MAX_NET_DAYS = 365;

    @AggregateIdentifier
    private CustomerId customerId;

    protected CustomerAccount() {
        // for Axon
    }

    @CommandHandler
    public CustomerAccount(RegisterCustomer command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new BusinessRuleViolation("name", "required", "a customer needs a name");
        }
        if (command.paymentTermsNetDays() < 0 || command.paymentTermsNetDays() > MAX_NET_DAYS) {
            throw new BusinessRuleViolation("paymentTermsNetDays", "range",
                    "payment terms are 0 to " + MAX_NET_DAYS + " days net");
        }
        apply(new CustomerRegistered(command.customerId().value(), command.name().strip(), command.legalEntity(),
                command.currency().getCurrencyCode(), command.paymentTermsNetDays()));
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        this.customerId = new CustomerId(event.customerId());
    }
}
