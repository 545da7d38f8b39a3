package org.o2c.invoicing.invoice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.EarlyPaymentDiscount;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * An invoice: a claim on a customer for an amount, due on a date; and the credit notes that take part of it
 * back. Credit notes live in the invoice's history so that they are checked against what is still creditable
 * one at a time, and so that each follows its invoice on the topic (same key, the invoice id).
 */
public class Invoice {
    public static final int MAX_LINES = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @AggregateIdentifier
    private InvoiceId invoiceId;
    private String invoiceNumber;
    private UUID customerId;
    private String legalEntity;
    private LocalDate issueDate;
    private CreditableInvoice creditable;

    protected Invoice() {
        // for Axon
    }

    @CommandHandler
    public Invoice(IssueInvoice command) {
        List<LineItem> lines = command.lines();
        if (lines == null || lines.isEmpty()) {
            throw new BusinessRuleViolation("lines", "required", "an invoice needs at least one line");
        }
        if (lines.size() > MAX_LINES) {
            throw new BusinessRuleViolation("lines", "size", "an invoice has at most " + MAX_LINES + " lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            if (line.quantity().signum() <= 0) {
                throw new BusinessRuleViolation("lines[" + i + "].quantity", "positive", "must be greater than 0");
            }
            if (line.unitPrice().signum() < 0) {
                throw new BusinessRuleViolation("lines[" + i + "].unitPrice", "not-negative", "must not be negative");
            }
            if (line.taxRate().signum() < 0 || line.taxRate().compareTo(HUNDRED) > 0) {
                throw new BusinessRuleViolation("lines[" + i + "].taxRate", "range", "must be 0 to 100 percent");
            }
        }
        if (command.dueDate().isBefore(command.issueDate())) {
            throw new BusinessRuleViolation("dueDate", "not-before-issue-date", "must not be before the issue date");
        }
        InvoiceCalculation amounts = InvoiceCalculator.calculate(command.currency(), lines, command.taxRounding());
        EarlyPaymentDiscount discount = null;
        if (command.discount() != null) {
            LocalDate payBy = command.issueDate().plusDays(command.discount().days());
            if (payBy.isAfter(command.dueDate())) {
                throw new BusinessRuleViolation("earlyPaymentDiscount.days", "not-after-due-date",
                        "a discount for payment by " + payBy + " would outlast the due date " + command.dueDate());
            }
            discount = InvoiceCalculator.discount(amounts, command.discount().percent(), payBy);
        }
        apply(new InvoiceIssued(command.invoiceId().value(), command.invoiceNumber(), command.customerId().value(),
                command.legalEntity(), command.currency().getCurrencyCode(), command.issueDate(), command.dueDate(),
                amounts.lines(), amounts.taxSubtotals(), amounts.net().amount(), amounts.tax().amount(),
                amounts.gross().amount(), discount));
    }

    @CommandHandler
    void handle(IssueCreditNote command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new BusinessRuleViolation("reason", "required", "a credit note states its reason");
        }
        boolean byLines = command.lines() != null && !command.lines().isEmpty();
        if (byLines == (command.amount() != null)) {
            throw new BusinessRuleViolation("lines", "lines-or-amount", "credit either lines or an amount");
        }
        if (command.issueDate().isBefore(issueDate)) {
            throw new BusinessRuleViolation("issueDate", "not-before-invoice",
                    "must not be before the invoice's issue date " + issueDate);
        }
        CreditNoteAmounts amounts = byLines ? creditable.byLines(command.lines(), command.taxRounding())
                : creditable.byAmount(command.amount());
        apply(new CreditNoteIssued(command.creditNoteId().value(), command.creditNoteNumber(), invoiceId.value(),
                invoiceNumber, customerId, legalEntity, amounts.gross().currency().getCurrencyCode(),
                command.issueDate(), command.reason(), amounts.lines(), amounts.taxSubtotals(),
                amounts.net().amount(), amounts.tax().amount(), amounts.gross().amount()));
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        this.invoiceId = new InvoiceId(event.invoiceId());
        this.invoiceNumber = event.invoiceNumber();
        this.customerId = event.customerId();
        this.legalEntity = event.legalEntity();
        this.issueDate = event.issueDate();
        this.creditable = CreditableInvoice.of(event);
    }

    @EventSourcingHandler
    void on(CreditNoteIssued event) {
        creditable.record(event);
    }
}
