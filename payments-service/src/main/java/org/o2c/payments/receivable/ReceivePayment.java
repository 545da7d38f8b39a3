package org.o2c.payments.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.events.payments.BankAccountRef;
import org.o2c.runtime.id.CustomerId;

/**
 * Record a payment as unapplied cash on the account (opening it for an advance), and apply it: to the allocations
 * given (cash application from a bank statement decided them), or else automatically where its payer reference
 * names open items it covers. Such applications are dated on the value date (or on the invoice's issue date, when
 * that is later).
 *
 * @param allocations what to apply, all or nothing (empty: nothing, all unapplied); null to apply by the payer
 *                    reference
 * @param bankAccount the bank account it arrived on, or null when not known
 */
public record ReceivePayment(@TargetAggregateIdentifier AccountId accountId, PaymentId paymentId, CustomerId customerId,
                             String legalEntity, Currency currency, BigDecimal amount, LocalDate valueDate,
                             String payerReference, List<Allocation> allocations, BankAccountRef bankAccount) {

    public ReceivePayment(AccountId accountId, PaymentId paymentId, CustomerId customerId, String legalEntity,
                          Currency currency, BigDecimal amount, LocalDate valueDate, String payerReference) {
        this(accountId, paymentId, customerId, legalEntity, currency, amount, valueDate, payerReference, null, null);
    }
}
