package org.o2c.payables.supplier;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Supplier", description = "A supplier we buy from")
public record SupplierView(
        @Schema(description = "Supplier id", example = "7a3e5c1d-9b2f-4e6a-8c0d-1f2e3d4c5b6a") UUID id,
        @Schema(description = "The supplier's name", example = "Hopfenkontor Hallertau GmbH") String name,
        @Schema(description = "Our legal entity that buys from this supplier", example = "DE01") String legalEntity,
        @Schema(description = "Currency the supplier invoices in, ISO 4217", example = "EUR") String currency,
        @Schema(description = "Days from the supplier's invoice date to its due date", example = "30")
        int paymentTermsNetDays,
        @Schema(description = "When the supplier was registered") Instant registeredAt) {
}
