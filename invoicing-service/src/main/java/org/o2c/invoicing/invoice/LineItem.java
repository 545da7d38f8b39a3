package org.o2c.invoicing.invoice;

import java.math.BigDecimal;

/**
 * What is billed on one line, before any amount is computed.
 *
 * @param taxRate percent, 0 to 100
 */
public record LineItem(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {
}
