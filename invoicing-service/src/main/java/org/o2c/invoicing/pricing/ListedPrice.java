package org.o2c.invoicing.pricing;

import java.math.BigDecimal;

/** A product's net unit price on a price list. */
public record ListedPrice(String product, BigDecimal unitPrice) {
}
