package org.o2c.events.invoicing;

import java.math.BigDecimal;

/**
 * The tax of one rate on an invoice: the sum of the net amounts of its lines and the tax on them.
 *
 * @param taxRate percent, e.g. {@code 19.00}
 */
public record TaxSubtotal(BigDecimal taxRate, BigDecimal taxableAmount, BigDecimal taxAmount) {
}
