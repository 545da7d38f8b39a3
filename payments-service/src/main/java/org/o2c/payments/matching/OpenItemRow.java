package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An open item as the matching weighs it. */
public record OpenItemRow(UUID invoiceId, UUID customerId, String customerName, String invoiceNumber,
                          LocalDate issueDate, LocalDate dueDate, BigDecimal openAmount) {

    /** The invoice number's digits: how payers' texts are compared with it. */
    public String digits() {
        return invoiceNumber.replaceAll("[^0-9]", "");
    }
}
