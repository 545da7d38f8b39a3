package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuggestedAllocation", description = "Part of a bank line to apply to one open invoice")
public record SuggestedAllocation(
        @Schema(required = true) UUID invoiceId,
        @Schema(description = "The invoice's number", required = true,
                example = "INV-2026-000012") String invoiceNumber,
        @Schema(type = SchemaType.STRING, description = "Open on the invoice when the line was matched",
                required = true, example = "568.82")
        BigDecimal openAmount,
        @Schema(type = SchemaType.STRING, description = "What the line would pay of it", required = true,
                example = "568.82")
        BigDecimal amount) {
}
