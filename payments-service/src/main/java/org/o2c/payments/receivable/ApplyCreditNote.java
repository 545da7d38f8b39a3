package org.o2c.payments.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.InvoiceId;

/** Reduce an invoice's open amount by an issued credit note; what exceeds the open amount becomes credit. */
public record ApplyCreditNote(@TargetAggregateIdentifier AccountId accountId, UUID creditNoteId,
                              String creditNoteNumber, InvoiceId invoiceId, LocalDate issueDate, BigDecimal amount) {
}
