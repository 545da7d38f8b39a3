package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.InvoiceId;

/**
 * Credit an invoice under an already allocated credit note number: either the given {@code lines} or a gross
 * {@code amount}, never both.
 *
 * @param amount      gross amount to credit, or null when crediting lines
 * @param taxRounding the issuing legal entity's setting, the same one its invoices use
 */
public record IssueCreditNote(@TargetAggregateIdentifier InvoiceId invoiceId, CreditNoteId creditNoteId,
                              String creditNoteNumber, LocalDate issueDate, String reason, List<CreditedLine> lines,
                              BigDecimal amount, TaxRounding taxRounding) {
}
