package org.o2c.events.payments;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/**
 * A line of a bank statement is the same movement as one the books already have: the same amount, value date and
 * bank or end-to-end reference, reported once in an interim report (MT942, camt.054) and once in the day's
 * statement. It is not applied again; it shares the payment the other line became.
 *
 * @param twinLineId the line of the other report that became the payment
 */
@EventType("BankLineReconciled.v1")
public record BankLineReconciled(UUID statementId, UUID lineId, int lineNumber, UUID bankAccountId,
                                 String legalEntity, String currency, BigDecimal amount, @Nullable UUID paymentId,
                                 UUID twinLineId, String reason) implements PublishedEvent {
}
