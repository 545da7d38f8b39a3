package org.o2c.collections.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DunningItem", description = "One overdue invoice on a dunning letter")
public record DunningItemView(
        @Schema(description = "Invoice id", example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d") UUID invoiceId,
        @Schema(description = "Invoice number", example = "INV-2026-000042") String invoiceNumber,
        @Schema(description = "Due date", example = "2026-10-02") LocalDate dueDate,
        @Schema(description = "Days from the due date to the letter's as-of date", example = "23") int daysPastDue,
        @Schema(description = "What is still open on the invoice", example = "568.82", type = SchemaType.STRING)
        BigDecimal openAmount,
        @Schema(description = "The dunning level the item's days past due reached", example = "2") int level) {
}
