package org.o2c.events.invoicing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An early-payment discount offered on an invoice: the customer may pay {@code amount} less if the payment arrives
 * by {@code payBy}. The amount is fixed when the invoice is issued and is the sum of its shares, one per tax rate,
 * each the percent of that rate's taxable amount and of its tax, rounded: the discount reduces revenue and output
 * VAT by exactly these shares when it is granted.
 *
 * @param percent percent of the gross amount, e.g. {@code 2.00}
 * @param payBy   the last value date on which a payment earns the discount
 * @param shares  per tax rate, the taxable amount and the tax the discount takes off
 */
public record EarlyPaymentDiscount(BigDecimal percent, LocalDate payBy, BigDecimal amount,
                                   List<TaxSubtotal> shares) {
}
