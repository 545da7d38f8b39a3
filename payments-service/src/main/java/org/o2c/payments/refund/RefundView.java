package org.o2c.payments.refund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Refund", description = "Money paid back to a customer, or waiting for a second manager to be")
public record RefundView(
        @Schema(description = "Refund id", required = true) UUID refundId,
        @Schema(description = "The customer paid back", required = true) UUID customerId,
        @Schema(description = "The customer's legal entity", required = true, example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217", required = true, example = "EUR") String currency,
        @Schema(description = "UNAPPLIED_CASH (of paymentId) or CREDIT_BALANCE", required = true,
                example = "UNAPPLIED_CASH") String source,
        @Schema(description = "With UNAPPLIED_CASH, the payment refunded from", required = true, nullable = true,
                type = SchemaType.STRING, format = "uuid") UUID paymentId,
        @Schema(description = "Amount paid back", required = true, type = SchemaType.STRING, example = "105.00")
        BigDecimal amount,
        @Schema(description = "The account paid to, masked", required = true, example = "DE89…3000") String payee,
        @Schema(description = "Why", required = true, example = "overpayment of invoice INV-2026-000012")
        String reason,
        @Schema(description = "AWAITING_APPROVAL, ISSUED or REJECTED", required = true, example = "ISSUED")
        String status,
        @Schema(description = "The manager who asked for it", required = true, example = "mia.manager")
        String requestedBy,
        @Schema(description = "When it was asked for", required = true, example = "2026-11-20")
        LocalDate requestedOn,
        @Schema(description = "The second manager who approved or rejected it; null when one person could issue it "
                + "or while it waits", required = true, nullable = true, example = "max.manager") String decidedBy,
        @Schema(description = "Why it was rejected", required = true, nullable = true,
                example = "the customer asked for a credit instead") String decisionNote,
        @Schema(description = "When the money went out; null unless issued", required = true, nullable = true,
                example = "2026-11-20") LocalDate issuedOn) {
}
