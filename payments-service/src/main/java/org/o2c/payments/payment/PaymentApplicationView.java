package org.o2c.payments.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaymentApplication", description = "Part of a payment applied to one invoice")
public record PaymentApplicationView(
        @Schema(description = "The invoice it was applied to", example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d")
        UUID invoiceId,
        @Schema(description = "The invoice's number", example = "INV-2026-000012") String invoiceNumber,
        @Schema(description = "Amount applied", example = "568.82", type = SchemaType.STRING) BigDecimal amount,
        @Schema(description = "Day the application was recorded", example = "2026-11-20") LocalDate appliedOn,
        @Schema(description = "True when applied because the payer reference named the invoice", example = "false")
        boolean automatic,
        @Schema(description = "True when the payment was returned or this application taken back: the invoice "
                + "was reopened by this amount",
                example = "false")
        boolean reversed) {
}
