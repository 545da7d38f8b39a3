package org.o2c.invoicing.invoice;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.problem.BusinessRuleViolation;

/** An invoice: a claim on a customer for an amount, due on a date. */
public class Invoice {
    public static final int MAX_LINES = 1000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @AggregateIdentifier
    private InvoiceId invoiceId;

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
        apply(new InvoiceIssued(command.invoiceId().value(), command.invoiceNumber(), command.customerId().value(),
                command.legalEntity(), command.currency().getCurrencyCode(), command.issueDate(), command.dueDate(),
                amounts.lines(), amounts.taxSubtotals(), amounts.net().amount(), amounts.tax().amount(),
                amounts.gross().amount()));
    }

    @EventSourcingHandler
    void on(InvoiceIssued event) {
        this.invoiceId = new InvoiceId(event.invoiceId());
    }
}
