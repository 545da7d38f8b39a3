package org.o2c.payments.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnappliedPayment", description = "A payment with an amount not yet applied to an invoice")
public record UnappliedPaymentView(
        @Schema(description = "Payment id", example = "7c1e9a52-3b4d-4e6f-8a9b-0c1d2e3f4a5b") UUID paymentId,
        @Schema(description = "Value date", example = "2026-11-19") LocalDate valueDate,
        @Schema(description = "Amount received", example = "1000.00", type = SchemaType.STRING) BigDecimal amount,
        @Schema(description = "Not yet applied", example = "431.18", type = SchemaType.STRING)
        BigDecimal unappliedAmount,
        @Schema(description = "Reference the payer gave", example = "advance order 7781",
                nullable = true) String payerReference) {
}
