package org.o2c.events.payments;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/**
 * A line of a bank statement is a movement the books already have, so it is not applied as a payment: the same
 * movement reported once in an interim report (MT942, camt.054) and once in the day's statement (it shares the
 * payment the other line became); the bank's return of a customer's payment (the payment is returned with it); or a
 * payment we made to a supplier (the bank's debit of it).
 *
 * @param paymentId  the customer's payment the line shares or returns, or the supplier payment it debits
 * @param twinLineId the line of the other report that became the payment, or the credit line of the payment
 *                   returned; null for a supplier payment
 */
@EventType("BankLineReconciled.v1")
public record BankLineReconciled(UUID statementId, UUID lineId, int lineNumber, UUID bankAccountId,
                                 String legalEntity, String currency, BigDecimal amount, @Nullable UUID paymentId,
                                 @Nullable UUID twinLineId, String reason) implements PublishedEvent {
}
