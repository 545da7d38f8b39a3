package org.o2c.payables.supplier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * A supplier we buy from: which legal entity buys, in which currency it invoices, on which payment terms.
 * Bank details are not held here yet: they need their own dual-controlled change process and must stay out of
 * the published events, so they arrive with payment runs.
 */
public class Supplier {
    public static final int MAX_NET_DAYS = 365;

    @AggregateIdentifier
    private SupplierId supplierId;

    protected Supplier() {
        // for Axon
    }

    @CommandHandler
    public Supplier(RegisterSupplier command) {
        if (command.name() == null || command.name().isBlank()) {
            throw new BusinessRuleViolation("name", "required", "a supplier needs a name");
        }
        if (command.paymentTermsNetDays() < 0 || command.paymentTermsNetDays() > MAX_NET_DAYS) {
            throw new BusinessRuleViolation("paymentTermsNetDays", "range",
                    "payment terms are 0 to " + MAX_NET_DAYS + " days net");
        }
        apply(new SupplierRegistered(command.supplierId().value(), command.name().strip(), command.legalEntity(),
                command.currency().getCurrencyCode(), command.paymentTermsNetDays()));
    }

    @EventSourcingHandler
    void on(SupplierRegistered event) {
        this.supplierId = new SupplierId(event.supplierId());
    }
}
