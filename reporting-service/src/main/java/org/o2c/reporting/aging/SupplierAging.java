package org.o2c.reporting.aging;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierAging", description = "Aging of what we owe one supplier in one currency")
public record SupplierAging(
        @Schema(description = "Supplier id", example = "9b2d7e41-3c5a-4f08-b6e2-0a1c9d8e7f65") UUID supplierId,
        @Schema(description = "Supplier name, once known", example = "Hopfenhandel Bauer KG",
                nullable = true) String supplierName,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Open supplier invoices counted", example = "3") long openItems,
        AgingAmounts amounts) {
}
