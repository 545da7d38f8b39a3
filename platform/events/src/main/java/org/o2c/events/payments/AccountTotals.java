package org.o2c.events.payments;

import java.math.BigDecimal;

/**
 * A receivable account's totals right after the event that carries them: what a consumer needs to keep a
 * customer's balance or exposure without recomputing it.
 *
 * @param openItems     sum of the open amounts of the account's invoices
 * @param unappliedCash received payments not (yet) applied to an invoice, including advances and overpayments
 * @param creditBalance credit notes in excess of what was still open on their invoice
 * @param balance       {@code openItems - unappliedCash - creditBalance}: what the customer owes (negative: we owe)
 */
public record AccountTotals(BigDecimal openItems, BigDecimal unappliedCash, BigDecimal creditBalance,
                           BigDecimal balance) {
}
