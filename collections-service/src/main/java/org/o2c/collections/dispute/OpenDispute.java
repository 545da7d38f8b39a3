package org.o2c.collections.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.CustomerId;

/**
 * Record that a customer disputes {@code amount} of an invoice, whose open amount the ledger last reported as
 * {@code invoiceOpenAmount}.
 */
public record OpenDispute(@TargetAggregateIdentifier DisputeId disputeId, UUID invoiceId, String invoiceNumber,
                          CustomerId customerId, String legalEntity, String currency, String reasonCode,
                          BigDecimal amount, BigDecimal invoiceOpenAmount, String note, LocalDate openedOn) {
}
