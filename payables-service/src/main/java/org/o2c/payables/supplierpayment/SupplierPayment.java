package org.o2c.payables.supplierpayment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.problem.BusinessRuleViolation;

/** A payment we made to one supplier, in its currency, over one or more of its approved invoices. */
public class SupplierPayment {
    public static final int MAX_ITEMS = 500;

    @AggregateIdentifier
    private SupplierPaymentId supplierPaymentId;

    protected SupplierPayment() {
        // for Axon
    }

    @CommandHandler
    public SupplierPayment(MakeSupplierPayment command) {
        List<SupplierPaymentItem> items = command.items();
        if (items == null || items.isEmpty()) {
            throw new BusinessRuleViolation("items", "required", "a payment pays at least one supplier invoice");
        }
        if (items.size() > MAX_ITEMS) {
            throw new BusinessRuleViolation("items", "size", "a payment pays at most " + MAX_ITEMS + " invoices");
        }
        Money total = Money.zero(command.currency());
        Set<UUID> invoices = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            SupplierPaymentItem item = items.get(i);
            if (!invoices.add(item.supplierInvoiceId())) {
                throw new BusinessRuleViolation("items[" + i + "].supplierInvoiceId", "distinct",
                        "each supplier invoice appears once in a payment");
            }
            Money amount = Money.exact("items[" + i + "].amount", item.amount(), command.currency());
            if (amount.amount().signum() <= 0) {
                throw new BusinessRuleViolation("items[" + i + "].amount", "positive", "must be greater than 0");
            }
            total = total.plus(amount);
        }
        apply(new SupplierPaymentMade(command.supplierPaymentId().value(), command.supplierId().value(),
                command.legalEntity(), command.currency().getCurrencyCode(), command.paymentDate(), total.amount(),
                List.copyOf(items)));
    }

    @EventSourcingHandler
    void on(SupplierPaymentMade event) {
        this.supplierPaymentId = new SupplierPaymentId(event.supplierPaymentId());
    }
}
