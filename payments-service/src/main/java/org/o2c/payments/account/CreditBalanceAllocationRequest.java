package org.o2c.payments.account;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.money.CurrencyCode;

@Schema(name = "CreditBalanceAllocation", description = "Part of the account's credit balance to apply to an invoice")
public record CreditBalanceAllocationRequest(
        @Schema(description = "ISO 4217: the account's currency", example = "EUR", required = true)
        @NotNull @CurrencyCode String currency,
        @Schema(description = "An open invoice of the customer in that currency",
                example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d", required = true)
        @NotNull UUID invoiceId,
        @Schema(description = "More than 0, at most the credit balance and the invoice's open amount",
                type = SchemaType.STRING, example = "20.00", required = true)
        @NotNull @Positive @Digits(integer = 15, fraction = 3) BigDecimal amount) {
}
