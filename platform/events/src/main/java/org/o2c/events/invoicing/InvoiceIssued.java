package org.o2c.events.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/**
 * An invoice was issued: the customer owes {@code grossAmount} in {@code currency} by {@code dueDate}.
 * Amounts are rounded to the currency's minor unit; {@code netAmount} is the sum of the lines' net amounts,
 * {@code taxAmount} the sum of the tax subtotals, and {@code grossAmount = netAmount + taxAmount}. The early-payment
 * discount, when the invoice offers one, is part of its terms: the open item carries it to cash application.
 */
@EventType("InvoiceIssued.v1")
public record InvoiceIssued(UUID invoiceId, String invoiceNumber, UUID customerId, String legalEntity,
                            String currency, LocalDate issueDate, LocalDate dueDate, List<InvoiceLine> lines,
                            List<TaxSubtotal> taxSubtotals,
                            BigDecimal netAmount, BigDecimal taxAmount, BigDecimal grossAmount,
                            @Nullable EarlyPaymentDiscount earlyPaymentDiscount)
        implements PublishedEvent {

    /** An invoice without an early-payment discount. */
    public InvoiceIssued(UUID invoiceId, String invoiceNumber, UUID customerId, String legalEntity, String currency,
                         LocalDate issueDate, LocalDate dueDate, List<InvoiceLine> lines,
                         List<TaxSubtotal> taxSubtotals, BigDecimal netAmount, BigDecimal taxAmount,
                         BigDecimal grossAmount) {
        this(invoiceId, invoiceNumber, customerId, legalEntity, currency, issueDate, dueDate, lines, taxSubtotals,
                netAmount, taxAmount, grossAmount, null);
    }
}
