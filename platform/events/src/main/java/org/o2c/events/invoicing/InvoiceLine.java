package org.o2c.events.invoicing;

import java.math.BigDecimal;

/**
 * One line of an issued invoice. {@code netAmount = quantity × unitPrice}, rounded to the currency's minor unit.
 *
 * @param taxRate percent, e.g. {@code 19.00}
 */
public record InvoiceLine(int lineNumber, String description, BigDecimal quantity, BigDecimal unitPrice,
                          BigDecimal netAmount, BigDecimal taxRate) {
}
