package org.o2c.events.payments;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/**
 * A credit line of a bank statement became a customer's payment: automatically, when the matching was sure enough,
 * or by a clerk. The payment's own events (PaymentReceived, PaymentApplied) follow on the customer's account.
 *
 * @param lineId the line's id (stable: derived from the statement and the line's position)
 * @param score the matching's confidence from 0 to 100 in the customer and items chosen; 100 for a clerk's choice
 * @param reasons why this customer and these items, in words
 */
@EventType("BankLineApplied.v1")
public record BankLineApplied(UUID statementId, UUID lineId, int lineNumber, UUID bankAccountId, String legalEntity,
                              String currency, BigDecimal amount, UUID paymentId, UUID customerId, boolean automatic,
                              int score, List<String> reasons) implements PublishedEvent {
}
