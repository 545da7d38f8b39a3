package org.o2c.payables.supplierinvoice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.Currency;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.payables.SupplierInvoiceApproved;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.payables.supplier.SupplierId;
import org.o2c.runtime.control.FourEyes;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * A supplier's invoice as our payable: what we owe, whether another user approved it, and what is still open.
 *
 * <p>It is the one writer of its open amount (ARCHITECTURE invariant 8): every payment passes through it in
 * order, so two payments that race append at the same sequence number and the event store refuses the later.
 */
public class SupplierInvoice {
    public static final int MAX_NUMBER_LENGTH = 100;

    @AggregateIdentifier
    private SupplierInvoiceId supplierInvoiceId;
    private SupplierId supplierId;
    private String supplierInvoiceNumber;
    private String legalEntity;
    private Currency currency;
    private Money grossAmount;
    private Money openAmount;
    private String registeredBy;
    private SupplierInvoiceStatus status;

    protected SupplierInvoice() {
        // for Axon
    }

    @CommandHandler
    public SupplierInvoice(RegisterSupplierInvoice command) {
        String number = command.supplierInvoiceNumber() == null ? "" : command.supplierInvoiceNumber().strip();
        if (number.isEmpty()) {
            throw new BusinessRuleViolation("supplierInvoiceNumber", "required", "the supplier's invoice number is required");
        }
        if (number.length() > MAX_NUMBER_LENGTH) {
            throw new BusinessRuleViolation("supplierInvoiceNumber", "size",
                    "at most " + MAX_NUMBER_LENGTH + " characters");
        }
        if (command.dueDate().isBefore(command.invoiceDate())) {
            throw new BusinessRuleViolation("dueDate", "not-before-invoice-date", "must not be before the invoice date");
        }
        Currency currency = command.currency();
        Money net = amount("netAmount", command.netAmount(), currency, false);
        Money tax = amount("taxAmount", command.taxAmount(), currency, false);
        Money gross = amount("grossAmount", command.grossAmount(), currency, true);
        if (gross.compareTo(net.plus(tax)) != 0) {
            throw new BusinessRuleViolation("grossAmount", "net-plus-tax",
                    "must equal net amount plus tax amount (" + net.plus(tax).amount().toPlainString() + ")");
        }
        if (command.registeredBy() == null || command.registeredBy().isBlank()) {
            throw new BusinessRuleViolation("registeredBy", "required", "the registering user must be known");
        }
        apply(new SupplierInvoiceRegistered(command.supplierInvoiceId().value(), command.supplierId().value(), number,
                command.legalEntity(), currency.getCurrencyCode(), command.invoiceDate(), command.dueDate(),
                net.amount(), tax.amount(), gross.amount(), command.registeredBy()));
    }

    @CommandHandler
    public void handle(ApproveSupplierInvoice command) {
        if (status != SupplierInvoiceStatus.REGISTERED) {
            throw new BusinessRuleViolation(null, "already-approved",
                    "supplier invoice " + supplierInvoiceNumber + " is already approved (" + status + ")");
        }
        if (command.approvedBy() == null || command.approvedBy().isBlank()) {
            throw new BusinessRuleViolation(null, "approver-required", "the approving user must be known");
        }
        if (FourEyes.samePerson(registeredBy, command.approvedBy())) {
            // invariant 8: the person who registered a payable cannot approve it
            throw new BusinessRuleViolation(null, "segregation-of-duties",
                    "the user who registered supplier invoice " + supplierInvoiceNumber + " may not approve it; "
                            + "another user with role ap-approver must");
        }
        apply(new SupplierInvoiceApproved(supplierInvoiceId.value(), supplierId.value(), supplierInvoiceNumber,
                legalEntity, currency.getCurrencyCode(), grossAmount.amount(), command.approvedBy()));
    }

    @CommandHandler
    public SupplierPaymentItem handle(PaySupplierInvoice command) {
        if (!supplierId.equals(command.supplierId())) {
            throw new BusinessRuleViolation("supplierInvoiceId", "same-supplier",
                    "supplier invoice " + supplierInvoiceNumber + " is owed to another supplier");
        }
        if (status == SupplierInvoiceStatus.REGISTERED) {
            throw new BusinessRuleViolation("supplierInvoiceId", "approved-only",
                    "supplier invoice " + supplierInvoiceNumber + " is not approved for payment yet");
        }
        Money amount = amount("amount", command.amount(), currency, true);
        if (amount.compareTo(openAmount) > 0) {
            // invariant 8: never paid twice, never above the approved open amount
            throw new BusinessRuleViolation("amount", "not-above-open-amount",
                    "must not exceed the open amount " + openAmount.amount().toPlainString() + " of supplier invoice "
                            + supplierInvoiceNumber);
        }
        Money open = openAmount.minus(amount);
        apply(new SupplierInvoicePaid(supplierInvoiceId.value(), command.supplierPaymentId(), command.paymentDate(),
                amount.amount(), open.amount()));
        return new SupplierPaymentItem(supplierInvoiceId.value(), supplierInvoiceNumber, amount.amount(), open.amount());
    }

    SupplierInvoiceStatus status() {
        return status;
    }

    Money openAmount() {
        return openAmount;
    }

    /** An amount as the supplier's currency allows it: refused rather than rounded when it has finer decimals. */
    private static Money amount(String field, BigDecimal value, Currency currency, boolean positive) {
        if (value == null) {
            throw new BusinessRuleViolation(field, "required", "is required");
        }
        if (positive ? value.signum() <= 0 : value.signum() < 0) {
            throw new BusinessRuleViolation(field, positive ? "positive" : "not-negative",
                    positive ? "must be greater than 0" : "must not be negative");
        }
        return Money.exact(field, value, currency);
    }

    @EventSourcingHandler
    void on(SupplierInvoiceRegistered event) {
        this.supplierInvoiceId = new SupplierInvoiceId(event.supplierInvoiceId());
        this.supplierId = new SupplierId(event.supplierId());
        this.supplierInvoiceNumber = event.supplierInvoiceNumber();
        this.legalEntity = event.legalEntity();
        this.currency = Currency.getInstance(event.currency());
        this.grossAmount = Money.of(event.grossAmount(), currency);
        this.openAmount = grossAmount;
        this.registeredBy = event.registeredBy();
        this.status = SupplierInvoiceStatus.REGISTERED;
    }

    @EventSourcingHandler
    void on(SupplierInvoiceApproved event) {
        this.status = SupplierInvoiceStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(SupplierInvoicePaid event) {
        this.openAmount = Money.of(event.openAmount(), currency);
        this.status = openAmount.amount().signum() == 0 ? SupplierInvoiceStatus.PAID : SupplierInvoiceStatus.PARTIALLY_PAID;
    }
}
