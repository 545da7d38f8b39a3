package org.o2c.invoicing.invoice;

import java.math.BigDecimal;

/** An early-payment discount offered: percent off for a payment within days of the issue date. */
public record DiscountTerms(BigDecimal percent, int days) {
}
