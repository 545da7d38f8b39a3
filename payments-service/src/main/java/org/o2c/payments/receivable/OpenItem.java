package org.o2c.payments.receivable;

import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.invoicing.EarlyPaymentDiscount;
import org.o2c.runtime.money.Money;

/** An invoice as the account sees it: what it was and what of it is still open. */
final class OpenItem {
    final UUID invoiceId;
    final String invoiceNumber;
    final LocalDate issueDate;
    final LocalDate dueDate;
    final Money gross;
    /** The early-payment discount the invoice offers, or null. */
    final EarlyPaymentDiscount discount;
    Money open;

    OpenItem(UUID invoiceId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate, Money gross,
             EarlyPaymentDiscount discount, Money open) {
        this.invoiceId = invoiceId;
        this.discount = discount;
        this.invoiceNumber = invoiceNumber;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
        this.gross = gross;
        this.open = open;
    }

    boolean isOpen() {
        return open.amount().signum() > 0;
    }

    /** By state, so that Axon's test fixture can check that sourcing the events rebuilds the same account. */
    @Override
    public boolean equals(Object other) {
        return other instanceof OpenItem item && invoiceId.equals(item.invoiceId)
                && invoiceNumber.equals(item.invoiceNumber) && issueDate.equals(item.issueDate)
                && dueDate.equals(item.dueDate) && gross.equals(item.gross)
                && java.util.Objects.equals(discount, item.discount) && open.equals(item.open);
    }

    @Override
    public int hashCode() {
        return invoiceId.hashCode();
    }
}
