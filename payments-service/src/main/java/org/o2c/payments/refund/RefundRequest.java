package org.o2c.payments.refund;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.money.CurrencyCode;

@Schema(name = "RefundRequest", description = """
        Money to pay back to a customer: from the unapplied cash of one of its payments (paymentId given), or from \
        the credit balance of its account in the currency (paymentId left out)""")
public record RefundRequest(
        @Schema(description = "The customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69", required = true)
        @NotNull UUID customerId,
        @Schema(description = "ISO 4217: the account's currency", example = "EUR", required = true)
        @NotNull @CurrencyCode String currency,
        @Schema(description = "The payment whose unapplied cash is refunded; left out: the credit balance",
                example = "7c1e9a52-3b4d-4e6f-8a9b-0c1d2e3f4a5b", nullable = true)
        UUID paymentId,
        @Schema(description = "Amount to refund: more than 0, at most what is there", type = SchemaType.STRING,
                example = "105.00", required = true)
        @NotNull @Positive @Digits(integer = 15, fraction = 3) BigDecimal amount,
        @Schema(description = "The customer's account to pay to: an IBAN (check digits verified) or a bank's own "
                + "account number", example = "DE89 3704 0044 0532 0130 00", required = true)
        @NotBlank @Size(max = 50) String payeeAccount,
        @Schema(description = "Why", example = "overpayment of invoice INV-2026-000012", required = true,
                maxLength = 500)
        @NotBlank @Size(max = 500) String reason) {
}
