package org.o2c.invoicing.invoice;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.InvoiceId;

/**
 * Issue an invoice under an already allocated number, with its due date from the customer's terms.
 *
 * @param discount the early-payment discount it offers, or null
 */
public record IssueInvoice(@TargetAggregateIdentifier InvoiceId invoiceId, String invoiceNumber, CustomerId customerId,
                           String legalEntity, Currency currency, LocalDate issueDate, LocalDate dueDate,
                           List<LineItem> lines, TaxRounding taxRounding, DiscountTerms discount) {

    public IssueInvoice(InvoiceId invoiceId, String invoiceNumber, CustomerId customerId, String legalEntity,
                        Currency currency, LocalDate issueDate, LocalDate dueDate, List<LineItem> lines,
                        TaxRounding taxRounding) {
        this(invoiceId, invoiceNumber, customerId, legalEntity, currency, issueDate, dueDate, lines, taxRounding, null);
    }
}
