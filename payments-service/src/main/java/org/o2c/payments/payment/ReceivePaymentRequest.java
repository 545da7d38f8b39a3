package org.o2c.payments.payment;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.money.CurrencyCode;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "ReceivePayment", description = "A payment received from a customer")
public record ReceivePaymentRequest(
        @Schema(description = "A customer known from invoicing", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69",
                required = true)
        @NotNull UUID customerId,
        @Schema(description = "Amount received, greater than 0, with at most the currency's decimals",
                example = "1000.00", type = SchemaType.STRING, required = true)
        @NotNull @Positive @Digits(integer = 15, fraction = 3) BigDecimal amount,
        @Schema(description = "ISO 4217; must be the customer's billing currency", example = "EUR", required = true)
        @NotNull @CurrencyCode String currency,
        @Schema(description = "Value date on the bank statement", example = "2026-11-19", required = true)
        @NotNull @BusinessDate LocalDate valueDate,
        @Schema(description = "Reference the payer gave; invoice numbers in it are applied automatically when the "
                + "amount covers all of them", example = "INV-2026-000012, INV-2026-000013", maxLength = 500)
        @Size(max = 500) String payerReference,
        @Schema(description = "The bank account of ours it arrived on (one of the customer's legal entity, in its "
                + "currency); its clearing account in the ledger takes the payment, and the bank reconciliation "
                + "finds it in the book. Left out: the ledger's bank clearing account for no particular bank account",
                example = "0b6f0c3e-3f7a-4d2a-9c1e-5a8b7c6d5e4f", nullable = true)
        UUID bankAccountId) {
}
