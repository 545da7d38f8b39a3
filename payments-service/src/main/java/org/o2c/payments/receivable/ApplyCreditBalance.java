package org.o2c.payments.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.InvoiceId;

/** Apply part of the account's credit balance to an open invoice, like cash. */
public record ApplyCreditBalance(@TargetAggregateIdentifier AccountId accountId, InvoiceId invoiceId,
                                 BigDecimal amount, LocalDate appliedOn) {
}
