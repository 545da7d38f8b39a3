package org.o2c.invoicing.invoice;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Issue an invoice under an already allocated number, with its due date from the customer's terms. */
public record IssueInvoice(@TargetAggregateIdentifier UUID invoiceId, String invoiceNumber, UUID customerId,
                           String legalEntity, Currency currency, LocalDate issueDate, LocalDate dueDate,
                           List<LineItem> lines, TaxRounding taxRounding) {
}
