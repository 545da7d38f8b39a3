package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;

/**
 * Money was paid back to a customer: from the unapplied cash of one of its payments, or from the credit balance of
 * its account (a credit note beyond what the invoice had open). The account owes the customer that much less.
 *
 * @param source                 {@code UNAPPLIED_CASH} or {@code CREDIT_BALANCE}
 * @param paymentId              with unapplied cash, the payment it comes from
 * @param payee                  the account the money goes to, masked
 * @param approvedBy             the second person who approved it, or null when one person could issue it
 * @param paymentUnappliedAmount with unapplied cash, what of the payment is unapplied after it
 */
@EventType("RefundIssued.v1")
public record RefundIssued(UUID accountId, UUID refundId, UUID customerId, String legalEntity, String currency,
                           String source, @Nullable UUID paymentId, BigDecimal amount, LocalDate issuedOn,
                           String payee, String reason, String requestedBy, @Nullable String approvedBy,
                           @Nullable BigDecimal paymentUnappliedAmount, @Nullable AccountTotals account)
        implements ReceivableAccountEvent {
    public static final String UNAPPLIED_CASH = "UNAPPLIED_CASH";
    public static final String CREDIT_BALANCE = "CREDIT_BALANCE";
}
