package org.o2c.payments.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.events.invoicing.EarlyPaymentDiscount;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.InvoiceId;

/**
 * Make an issued invoice an open item of its customer's account, opening the account if needed.
 *
 * @param earlyPaymentDiscount the discount the invoice offers for early payment, or null
 */
public record RecordOpenItem(@TargetAggregateIdentifier AccountId accountId, CustomerId customerId, String legalEntity,
                             Currency currency, InvoiceId invoiceId, String invoiceNumber, LocalDate issueDate,
                             LocalDate dueDate, BigDecimal grossAmount, EarlyPaymentDiscount earlyPaymentDiscount) {

    public RecordOpenItem(AccountId accountId, CustomerId customerId, String legalEntity, Currency currency,
                          InvoiceId invoiceId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate,
                          BigDecimal grossAmount) {
        this(accountId, customerId, legalEntity, currency, invoiceId, invoiceNumber, issueDate, dueDate, grossAmount,
                null);
    }
}
