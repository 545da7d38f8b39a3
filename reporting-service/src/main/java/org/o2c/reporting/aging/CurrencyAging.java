package org.o2c.reporting.aging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CurrencyAging", description = "Aging totals of one currency")
public record CurrencyAging(
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Open items counted", example = "214") long openItems,
        AgingAmounts amounts) {
}
