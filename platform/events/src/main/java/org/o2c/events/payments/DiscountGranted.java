package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.invoicing.TaxSubtotal;

/**
 * The early-payment discount the invoice offered was granted with a payment that came in time and paid the rest:
 * the invoice's open amount falls by the discount.
 *
 * @param grantedOn         the payment's value date (on or before the discount's pay-by date)
 * @param shares            per tax rate, the taxable amount and the tax the discount takes off
 * @param invoiceOpenAmount the invoice's open amount after it
 */
@EventType("DiscountGranted.v1")
public record DiscountGranted(UUID accountId, UUID paymentId, UUID customerId, String legalEntity, String currency,
                              UUID invoiceId, String invoiceNumber, BigDecimal amount, LocalDate grantedOn,
                              List<TaxSubtotal> shares, BigDecimal invoiceOpenAmount,
                              @Nullable AccountTotals account) implements ReceivableAccountEvent {
}
