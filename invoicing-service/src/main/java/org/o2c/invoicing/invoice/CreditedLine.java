package org.o2c.invoicing.invoice;

import java.math.BigDecimal;

/** How much of one invoice line a credit note takes back. */
public record CreditedLine(int lineNumber, BigDecimal quantity) {
}
