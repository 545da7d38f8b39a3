package org.o2c.events.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/**
 * A credit note was issued against an invoice: the customer owes {@code grossAmount} less on it. Numbered in its
 * own gapless series per legal entity and year ({@code CN-2026-000001}). A credit by line lists the credited
 * lines; a credit by amount has no lines and splits its amount over the invoice's tax rates in proportion.
 * {@code grossAmount = netAmount + taxAmount}, never more than what was still creditable on the invoice.
 *
 * @param reason the reason given by the user, e.g. "damaged goods"
 */
@EventType("CreditNoteIssued.v1")
public record CreditNoteIssued(UUID creditNoteId, String creditNoteNumber, UUID invoiceId, String invoiceNumber,
                               UUID customerId, String legalEntity, String currency, LocalDate issueDate,
                               String reason, List<InvoiceLine> lines, List<TaxSubtotal> taxSubtotals,
                               BigDecimal netAmount, BigDecimal taxAmount, BigDecimal grossAmount)
        implements PublishedEvent {
}
