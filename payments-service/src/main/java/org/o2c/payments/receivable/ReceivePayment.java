package org.o2c.payments.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.CustomerId;

/**
 * Record a payment as unapplied cash on the account (opening it for an advance), and apply it automatically
 * where its payer reference names open items it covers; such an application is dated on the value date (or on the
 * invoice's issue date, when that is later).
 */
public record ReceivePayment(@TargetAggregateIdentifier AccountId accountId, PaymentId paymentId, CustomerId customerId,
                             String legalEntity, Currency currency, BigDecimal amount, LocalDate valueDate,
                             String payerReference) {
}
