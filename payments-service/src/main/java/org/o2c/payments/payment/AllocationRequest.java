package org.o2c.payments.payment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Allocation", description = "Part of the payment to apply to one invoice")
public record AllocationRequest(
        @Schema(description = "An open invoice of the payment's customer, in the payment's currency",
                example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d", required = true)
        @NotNull UUID invoiceId,
        @Schema(description = "Amount to apply: greater than 0, at most the invoice's open amount",
                example = "568.82", type = SchemaType.STRING, required = true)
        @NotNull @Positive @Digits(integer = 15, fraction = 3) BigDecimal amount) {
}
