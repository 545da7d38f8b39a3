package org.o2c.credit.check;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.money.CurrencyCode;

@Schema(name = "CreditCheckRequest", description = "An order to check against the customer's credit")
public record CreditCheckRequest(
        @Schema(description = "The ordering customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69",
                required = true) @NotNull UUID customerId,
        @Schema(description = "The order's gross amount, greater than 0", example = "12500.00",
                type = SchemaType.STRING, required = true)
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 15, fraction = 3, message = "must have at most 15 digits before and 3 after the point")
        BigDecimal orderAmount,
        @Schema(description = "ISO 4217; must be the customer's billing currency", example = "EUR", required = true)
        @NotNull @CurrencyCode String currency) {
}
