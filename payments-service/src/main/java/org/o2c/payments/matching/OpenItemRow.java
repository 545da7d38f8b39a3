package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An open item as the matching weighs it.
 *
 * @param discountAmount the early-payment discount the invoice offers, or null
 * @param discountPayBy  the last value date that earns it, or null
 */
public record OpenItemRow(UUID invoiceId, UUID customerId, String customerName, String invoiceNumber,
                          LocalDate issueDate, LocalDate dueDate, BigDecimal openAmount, BigDecimal discountAmount,
                          LocalDate discountPayBy) {

    /** An item that offers no early-payment discount. */
    public OpenItemRow(UUID invoiceId, UUID customerId, String customerName, String invoiceNumber,
                       LocalDate issueDate, LocalDate dueDate, BigDecimal openAmount) {
        this(invoiceId, customerId, customerName, invoiceNumber, issueDate, dueDate, openAmount, null, null);
    }

    /** The same item with its customer's name. */
    public OpenItemRow withCustomerName(String name) {
        return new OpenItemRow(invoiceId, customerId, name, invoiceNumber, issueDate, dueDate, openAmount,
                discountAmount, discountPayBy);
    }

    /** The invoice number's digits: how payers' texts are compared with it. */
    public String digits() {
        return RemittanceReading.digitsOf(invoiceNumber);
    }

    /**
     * The discount a payment with this value date may take: the one the invoice offers when the value date is by its
     * pay-by date and less than the open amount, else zero.
     */
    public BigDecimal discountFor(LocalDate valueDate) {
        return discountAmount == null || valueDate.isAfter(discountPayBy)
                || discountAmount.compareTo(openAmount) >= 0 ? BigDecimal.ZERO : discountAmount;
    }
}
