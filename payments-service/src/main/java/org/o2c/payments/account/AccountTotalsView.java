package org.o2c.payments.account;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountTotals", description = "A receivable account's totals")
public record AccountTotalsView(
        @Schema(description = "Sum of the open amounts of the account's invoices", example = "1137.64",
                type = SchemaType.STRING) BigDecimal openItems,
        @Schema(description = "Payments not applied to an invoice: advances, overpayments, unsplit receipts",
                example = "431.18", type = SchemaType.STRING) BigDecimal unappliedCash,
        @Schema(description = "Credit notes in excess of what was still open on their invoice", example = "0.00",
                type = SchemaType.STRING) BigDecimal creditBalance,
        @Schema(description = "openItems - unappliedCash - creditBalance: what the customer owes (negative: what "
                + "is owed to the customer)", example = "706.46", type = SchemaType.STRING) BigDecimal balance) {
}
