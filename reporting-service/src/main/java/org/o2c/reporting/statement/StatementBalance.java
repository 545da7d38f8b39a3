package org.o2c.reporting.statement;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementBalance", description = "Opening and closing balance of a statement in one currency")
public record StatementBalance(
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "What the customer owed at the end of the day before from", example = "1190.00",
                type = SchemaType.STRING) BigDecimal openingBalance,
        @Schema(description = "What the customer owed at the end of to: opening balance plus every line",
                example = "2380.00", type = SchemaType.STRING) BigDecimal closingBalance,
        @Schema(description = "Lines of the period in this currency", example = "4") long lines) {
}
