package org.o2c.invoicing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A product's net unit price agreed with one customer, from a day and until a day (inclusive; null: open-ended). */
public record ContractPrice(String product, BigDecimal unitPrice, LocalDate validFrom, LocalDate validTo) {
}
