package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvoiceCreditNote", description = "A credit note issued on an invoice, in brief")
public record InvoiceCreditNoteView(
        @Schema(description = "Credit note id; GET /api/v1/credit-notes/{id} shows it in full",
                example = "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f") UUID id,
        @Schema(description = "Gapless number per legal entity and year", example = "CN-2026-000007")
        String creditNoteNumber,
        @Schema(description = "Issue date", example = "2026-11-20") LocalDate issueDate,
        @Schema(description = "Gross amount credited", example = "142.20", type = SchemaType.STRING)
        BigDecimal grossAmount) {
}
