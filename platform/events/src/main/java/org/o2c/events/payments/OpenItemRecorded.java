package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.invoicing.EarlyPaymentDiscount;

/**
 * An issued invoice became an open item of the customer's receivable account. From here on, its open amount
 * changes only through events of this topic, each carrying the new open amount. An early-payment discount the
 * invoice offers comes with it.
 */
@EventType("OpenItemRecorded.v1")
public record OpenItemRecorded(UUID accountId, UUID customerId, String legalEntity, String currency,
                               UUID invoiceId, String invoiceNumber, LocalDate issueDate, LocalDate dueDate,
                               BigDecimal grossAmount, BigDecimal openAmount, @Nullable AccountTotals account,
                               @Nullable EarlyPaymentDiscount earlyPaymentDiscount)
        implements ReceivableAccountEvent {

    /** An open item without an early-payment discount. */
    public OpenItemRecorded(UUID accountId, UUID customerId, String legalEntity, String currency, UUID invoiceId,
                            String invoiceNumber, LocalDate issueDate, LocalDate dueDate, BigDecimal grossAmount,
                            BigDecimal openAmount, AccountTotals account) {
        this(accountId, customerId, legalEntity, currency, invoiceId, invoiceNumber, issueDate, dueDate, grossAmount,
                openAmount, account, null);
    }
}
