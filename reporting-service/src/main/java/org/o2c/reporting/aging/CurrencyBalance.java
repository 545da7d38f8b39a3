package org.o2c.reporting.aging;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CurrencyBalance", description = """
        What customers owe in one currency on the as-of date: open items, less the cash received but not applied
        and less credit balances. Unapplied cash is shown apart and never aged.""")
public record CurrencyBalance(
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Sum of the open items (the aging total)", example = "17405.35",
                type = SchemaType.STRING) BigDecimal openItems,
        @Schema(description = "Payments received and not applied to an invoice", example = "1250.00",
                type = SchemaType.STRING) BigDecimal unappliedCash,
        @Schema(description = "Credit notes in excess of what was open on their invoice", example = "80.00",
                type = SchemaType.STRING) BigDecimal creditBalance,
        @Schema(description = "openItems - unappliedCash - creditBalance", example = "16075.35",
                type = SchemaType.STRING) BigDecimal netBalance) {
}
