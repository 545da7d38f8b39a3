package org.o2c.credit.profile;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.money.CurrencyCode;

@Schema(name = "CreditLimitRequest", description = "The credit limit a customer should have")
public record CreditLimitRequest(
        @Schema(description = "The limit, 0 or more, in the currency's minor unit at most", example = "100000.00",
                type = SchemaType.STRING, minimum = "0", required = true)
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 15, fraction = 3, message = "must have at most 15 digits before and 3 after the point")
        BigDecimal creditLimit,
        @Schema(description = "ISO 4217; must be the customer's billing currency", example = "EUR", required = true)
        @NotNull @CurrencyCode String currency) {
}
