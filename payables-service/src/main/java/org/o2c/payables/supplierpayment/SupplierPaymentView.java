package org.o2c.payables.supplierpayment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierPayment", description = "A payment we made to a supplier")
public record SupplierPaymentView(
        @Schema(description = "Supplier payment id", example = "c2d4e6f8-1a3b-4c5d-8e7f-9a0b1c2d3e4f") UUID id,
        @Schema(description = "The supplier paid", example = "7a3e5c1d-9b2f-4e6a-8c0d-1f2e3d4c5b6a") UUID supplierId,
        @Schema(description = "Our legal entity that paid", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217, the supplier's currency", example = "EUR") String currency,
        @Schema(description = "Date the money left our account", example = "2026-11-20") LocalDate paymentDate,
        @Schema(description = "Sum of the items", example = "1690.00", type = SchemaType.STRING) BigDecimal amount,
        @Schema(description = "What was paid on each supplier invoice") List<SupplierPaymentItemView> items,
        @Schema(description = "The user who made the payment", example = "anna.approver") String madeBy,
        @Schema(description = "When the payment was recorded") Instant madeAt) {
}
