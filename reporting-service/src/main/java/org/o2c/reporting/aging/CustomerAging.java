package org.o2c.reporting.aging;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerAging", description = "Aging of one customer in one currency, with its unapplied cash")
public record CustomerAging(
        @Schema(description = "Customer id", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Customer name, once known", example = "Brauhaus Köhler GmbH",
                nullable = true) String customerName,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Open items counted", example = "7") long openItems,
        AgingAmounts amounts,
        @Schema(description = "Payments received and not applied to an invoice on the as-of date (not aged)",
                example = "250.00", type = SchemaType.STRING) BigDecimal unappliedCash,
        @Schema(description = "Credit notes in excess of what was open on their invoice, on the as-of date",
                example = "0.00", type = SchemaType.STRING) BigDecimal creditBalance,
        @Schema(description = "What the customer owes: open items - unapplied cash - credit balance "
                + "(negative: we owe the customer)", example = "1155.35", type = SchemaType.STRING)
        BigDecimal netBalance) {
}
