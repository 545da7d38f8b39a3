package org.o2c.invoicing.creditnote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.invoicing.invoice.TaxSubtotalView;

@Schema(name = "CreditNote", description = "A credit note: part or all of an invoice taken back")
public record CreditNoteView(
        @Schema(description = "Credit note id", example = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(description = "Gapless number per legal entity and year, its own series", example = "CN-2026-000007")
        String creditNoteNumber,
        @Schema(description = "The credited invoice", example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d") UUID invoiceId,
        @Schema(description = "The credited invoice's number", example = "INV-2026-000042") String invoiceNumber,
        @Schema(description = "The invoice's customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69")
        UUID customerId,
        @Schema(description = "Issuing legal entity", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217, the invoice's", example = "EUR") String currency,
        @Schema(description = "Issue date", example = "2026-11-20") LocalDate issueDate,
        @Schema(description = "Why the customer is credited", example = "2 kegs returned damaged") String reason,
        @Schema(description = "Credited lines; empty for a credit by amount") List<CreditNoteLineView> lines,
        @Schema(description = "Net and tax credited per rate") List<TaxSubtotalView> taxSubtotals,
        @Schema(description = "Sum of the taxable amounts", example = "239.00", type = SchemaType.STRING)
        BigDecimal netAmount,
        @Schema(description = "Sum of the tax amounts", example = "45.41", type = SchemaType.STRING) BigDecimal taxAmount,
        @Schema(description = "What the customer owes less: net + tax", example = "284.41", type = SchemaType.STRING)
        BigDecimal grossAmount,
        @Schema(description = "When it was issued") Instant issuedAt) {
}
