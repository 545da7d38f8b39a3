package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/**
 * A refund to a customer was asked for that needs a second person: what one person refunds to a customer in a
 * month would pass the legal entity's threshold. Nothing leaves the account until another user approves it
 * ({@link RefundIssued}); it may also be rejected ({@link RefundRejected}).
 *
 * @param source      {@code UNAPPLIED_CASH} (of the payment named) or {@code CREDIT_BALANCE}
 * @param paymentId   with unapplied cash, the payment it comes from
 * @param payee       the account the money goes to, masked (e.g. {@code DE89…3000})
 * @param requestedOn the business date of the request
 */
@EventType("RefundRequested.v1")
public record RefundRequested(UUID accountId, UUID refundId, UUID customerId, String legalEntity, String currency,
                              String source, @Nullable UUID paymentId, BigDecimal amount, String payee,
                              String reason, String requestedBy, LocalDate requestedOn) implements PublishedEvent {
}
