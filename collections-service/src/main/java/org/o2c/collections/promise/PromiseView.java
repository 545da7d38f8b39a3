package org.o2c.collections.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PromiseToPay", description = "A customer's promise to pay an amount by a date")
public record PromiseView(
        @Schema(description = "Promise id", example = "9c8b7a6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d") UUID id,
        @Schema(description = "The customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217, the currency of its invoices", example = "EUR") String currency,
        @Schema(description = "Promised amount", example = "500.00", type = SchemaType.STRING) BigDecimal amount,
        @Schema(description = "Date by which the customer promised to pay", example = "2026-11-30")
        LocalDate promisedDate,
        @Schema(description = "Invoices it covers; they are not dunned while the promise is open")
        List<UUID> invoiceIds,
        @Schema(description = "Day it was recorded; payments count from this day", example = "2026-11-20")
        LocalDate recordedOn,
        @Schema(description = "OPEN, KEPT or BROKEN", example = "OPEN") PromiseStatus status,
        @Schema(description = "Paid within the promise, once checked; null before", example = "200.00",
                type = SchemaType.STRING, nullable = true)
        BigDecimal receivedAmount,
        @Schema(description = "Day it was found kept or broken", example = "2026-12-01",
                nullable = true) LocalDate checkedOn) {
}
