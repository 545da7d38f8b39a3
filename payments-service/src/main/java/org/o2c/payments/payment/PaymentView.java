package org.o2c.payments.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.payments.receivable.PaymentStatus;

@Schema(name = "Payment", description = "A received payment, what of it is applied, and whether it was returned")
public record PaymentView(
        @Schema(description = "Payment id", example = "7c1e9a52-3b4d-4e6f-8a9b-0c1d2e3f4a5b") UUID paymentId,
        @Schema(description = "The receivable account (customer and currency) it belongs to",
                example = "2d8e4c6a-1b3f-3a5c-9e7d-4f6a8b0c2e1d") UUID accountId,
        @Schema(description = "The paying customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Legal entity the customer is billed by", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Amount received", example = "1000.00", type = SchemaType.STRING) BigDecimal amount,
        @Schema(description = "What is not applied to an invoice yet (0 once returned)", example = "431.18",
                type = SchemaType.STRING) BigDecimal unappliedAmount,
        @Schema(description = "Value date on the bank statement", example = "2026-11-19") LocalDate valueDate,
        @Schema(description = "Reference the payer gave", example = "INV-2026-000012",
                nullable = true) String payerReference,
        @Schema(description = "UNAPPLIED, PARTIALLY_APPLIED, APPLIED or RETURNED", example = "PARTIALLY_APPLIED")
        PaymentStatus status,
        @Schema(description = "Day the bank returned it; null unless RETURNED", example = "2026-11-25", nullable = true)
        LocalDate returnedOn,
        @Schema(description = "Why it was returned; null unless RETURNED", example = "insufficient funds",
                nullable = true)
        String returnReason,
        @Schema(description = "What was still unapplied when it was returned; null unless RETURNED",
                example = "431.18", type = SchemaType.STRING, nullable = true) BigDecimal returnedUnappliedAmount,
        @Schema(description = "Its applications in the order made, kept after a return (marked reversed)")
        List<PaymentApplicationView> applications,
        @Schema(description = "When it was recorded") Instant receivedAt) {
}
