package org.o2c.collections.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dispute", description = "A customer's dispute of an invoice")
public record DisputeView(
        @Schema(description = "Dispute id", example = "2b7c9d1e-4f5a-4b6c-8d7e-9f0a1b2c3d4e") UUID id,
        @Schema(description = "Disputed invoice", example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d") UUID invoiceId,
        @Schema(description = "Its number", example = "INV-2026-000042") String invoiceNumber,
        @Schema(description = "The customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Why the customer disputes", example = "DAMAGED_GOODS") String reasonCode,
        @Schema(description = "Disputed amount", example = "120.00", type = SchemaType.STRING) BigDecimal amount,
        @Schema(description = "Note taken when it was opened", example = "Two kegs arrived dented",
                nullable = true) String note,
        @Schema(description = "OPEN or RESOLVED", example = "OPEN", enumeration = {"OPEN", "RESOLVED"}) String status,
        @Schema(description = "Day it was opened", example = "2026-11-20") LocalDate openedOn,
        @Schema(description = "Outcome, once resolved", example = "CUSTOMER_WRONG", nullable = true) String resolution,
        @Schema(description = "Note on the outcome", example = "Delivery note signed without remarks", nullable = true)
        String resolutionNote,
        @Schema(description = "Day it was resolved", example = "2026-11-28", nullable = true) LocalDate resolvedOn) {
}
