package org.o2c.payments.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenItem", description = """
        An invoice with an open amount: gross - credited - paid - discount granted - written off (a payment short by \
        more than may be written off leaves the rest open: a deduction)""")
public record OpenItemView(
        @Schema(description = "Invoice id", example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d") UUID invoiceId,
        @Schema(description = "Invoice number", example = "INV-2026-000012") String invoiceNumber,
        @Schema(description = "Issue date", example = "2026-10-02") LocalDate issueDate,
        @Schema(description = "Due date; a partly paid item is still aged from it", example = "2026-11-01")
        LocalDate dueDate,
        @Schema(description = "Gross amount invoiced", example = "568.82", type = SchemaType.STRING)
        BigDecimal grossAmount,
        @Schema(description = "Reduced by credit notes", example = "0.00", type = SchemaType.STRING)
        BigDecimal creditedAmount,
        @Schema(description = "Reduced by payments (net of returned payments)", example = "200.00",
                type = SchemaType.STRING) BigDecimal paidAmount,
        @Schema(description = "Early-payment discount granted with a payment", example = "0.00",
                type = SchemaType.STRING) BigDecimal discountGranted,
        @Schema(description = "Written off (short payments within the tolerance)", example = "0.00",
                type = SchemaType.STRING) BigDecimal writtenOff,
        @Schema(description = "Still open", example = "368.82", type = SchemaType.STRING) BigDecimal openAmount,
        @Schema(description = "The early-payment discount the invoice offers, or null", nullable = true,
                example = "11.38", type = SchemaType.STRING) BigDecimal discountAmount,
        @Schema(description = "The last value date that earns it, or null", nullable = true, example = "2026-10-12")
        LocalDate discountPayBy) {
}
