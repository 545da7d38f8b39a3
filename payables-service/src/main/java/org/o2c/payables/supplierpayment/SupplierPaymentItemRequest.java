package org.o2c.payables.supplierpayment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierPaymentItemInput", description = "How much to pay on one approved supplier invoice")
public record SupplierPaymentItemRequest(
        @Schema(description = "An approved supplier invoice of the paid supplier",
                example = "5e7a9c1b-3d2f-4a6e-b8c0-d1e2f3a4b5c6", required = true)
        @NotNull UUID supplierInvoiceId,
        @Schema(description = "Amount to pay: greater than 0, at most the invoice's open amount", example = "500.00",
                type = SchemaType.STRING, required = true)
        @NotNull @Positive @Digits(integer = 15, fraction = 3) BigDecimal amount) {
}
