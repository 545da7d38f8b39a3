package org.o2c.invoicing.invoice;

import java.util.List;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.runtime.money.Money;

/** An invoice's amounts: lines, the tax per rate, and the totals. */
public record InvoiceCalculation(List<InvoiceLine> lines, List<TaxSubtotal> taxSubtotals, Money net, Money tax,
                                 Money gross) {
}
