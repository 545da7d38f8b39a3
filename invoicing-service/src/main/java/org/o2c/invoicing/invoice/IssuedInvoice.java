package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An invoice issued in a batch: what an ERP needs to print and book it; the whole invoice is at "
        + "GET /api/v1/invoices/{id}")
public record IssuedInvoice(
        @Schema(description = "The new invoice", example = "0b8f2c1e-5a4d-4e8f-9c3b-2d1e0f9a8b7c") UUID id,
        @Schema(description = "Gapless per legal entity and issue year", example = "INV-2026-000042") String invoiceNumber,
        @Schema(description = "The customer billed", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "ISO 4217, the customer's billing currency", example = "EUR") String currency,
        @Schema(description = "As requested", example = "2026-11-02") LocalDate issueDate,
        @Schema(description = "Issue date plus the customer's payment terms", example = "2026-12-02") LocalDate dueDate,
        @Schema(description = "Net plus tax, in the currency's minor unit", example = "568.82", type = SchemaType.STRING)
        BigDecimal grossAmount) {
}
