package org.o2c.payables.supplierpayment;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierPaymentItem", description = "What a payment paid on one supplier invoice")
public record SupplierPaymentItemView(
        @Schema(description = "The supplier invoice paid", example = "5e7a9c1b-3d2f-4a6e-b8c0-d1e2f3a4b5c6")
        UUID supplierInvoiceId,
        @Schema(description = "The supplier's own invoice number", example = "RE-2026-0815") String supplierInvoiceNumber,
        @Schema(description = "Amount paid on it", example = "500.00", type = SchemaType.STRING) BigDecimal amount,
        @Schema(description = "Its open amount after this payment", example = "690.00", type = SchemaType.STRING)
        BigDecimal openAmount) {
}
