package org.o2c.payables.supplierinvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierInvoicePayment", description = "What one supplier payment paid on this invoice")
public record SupplierInvoicePaymentView(
        @Schema(description = "The supplier payment", example = "c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f")
        UUID supplierPaymentId,
        @Schema(description = "Date of the payment", example = "2026-11-20") LocalDate paymentDate,
        @Schema(description = "Amount paid on this invoice", example = "500.00", type = SchemaType.STRING)
        BigDecimal amount,
        @Schema(description = "The invoice's open amount after this payment", example = "690.00",
                type = SchemaType.STRING)
        BigDecimal openAmount) {
}
