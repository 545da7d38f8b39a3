package org.o2c.invoicing.invoice;

import java.util.List;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.runtime.money.Money;

/**
 * A credit note's amounts: the credited lines (empty for a credit by amount), the tax per rate, and the totals,
 * with {@code gross = net + tax}.
 */
public record CreditNoteAmounts(List<InvoiceLine> lines, List<TaxSubtotal> taxSubtotals, Money net, Money tax,
                                Money gross) {
}
