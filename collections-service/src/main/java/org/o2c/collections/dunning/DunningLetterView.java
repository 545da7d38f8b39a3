package org.o2c.collections.dunning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DunningLetter", description = "A dunning letter: all of a customer's overdue items in one currency")
public record DunningLetterView(
        @Schema(description = "Letter id", example = "7d1e0c52-3b7a-3f4e-8a11-2c9d0e6f5a31") UUID letterId,
        @Schema(description = "The dunning run that issued it", example = "5a0c8e2f-1b3d-4c5e-8f70-9a1b2c3d4e5f")
        UUID dunningRunId,
        @Schema(description = "The customer chased", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217 currency of every item on the letter", example = "EUR") String currency,
        @Schema(description = "Date the items were aged at", example = "2026-11-22") LocalDate asOf,
        @Schema(description = "Level of the letter: the level of its oldest item", example = "2") int level,
        @Schema(description = "Name of that level in the legal entity's policy", example = "second reminder")
        String levelName,
        @Schema(description = "Every overdue item, oldest first") List<DunningItemView> items,
        @Schema(description = "Sum of the items' open amounts", example = "1204.10", type = SchemaType.STRING)
        BigDecimal totalOverdue,
        @Schema(description = "When it was issued") Instant issuedAt) {
}
