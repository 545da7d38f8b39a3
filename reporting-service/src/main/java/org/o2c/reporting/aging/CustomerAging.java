package org.o2c.reporting.aging;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerAging", description = "Aging of one customer in one currency")
public record CustomerAging(
        @Schema(description = "Customer id", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Customer name, once known", example = "Brauhaus Köhler GmbH") String customerName,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Open items counted", example = "7") long openItems,
        AgingAmounts amounts) {
}
