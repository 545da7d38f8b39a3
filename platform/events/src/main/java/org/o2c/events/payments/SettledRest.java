package org.o2c.events.payments;

import java.math.BigDecimal;
import java.util.List;
import org.o2c.events.invoicing.TaxSubtotal;

/**
 * A discount or write-off that completed an application, reversed with it: when the application is taken back or
 * its payment returned, the invoice reopens by the discount or write-off too, which no longer has a payment behind
 * it.
 *
 * @param how    {@code DISCOUNT} or {@code WRITE_OFF}
 * @param shares with a discount, per tax rate the taxable amount and the tax it had taken off; empty otherwise
 */
public record SettledRest(String how, BigDecimal amount, List<TaxSubtotal> shares) {
    public static final String DISCOUNT = "DISCOUNT";
    public static final String WRITE_OFF = "WRITE_OFF";
}
