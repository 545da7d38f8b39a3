package org.o2c.credit.profile;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreditProfile", description = "A customer's credit limit, exposure, available credit and hold")
public record CreditProfileView(
        @Schema(description = "The customer (the id invoicing registered it under)",
                example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Legal entity that bills the customer", example = "DE01") String legalEntity,
        @Schema(description = "Currency of limit and exposure: the customer's billing currency, ISO 4217",
                example = "EUR") String currency,
        @Schema(description = "The limit in force", example = "100000.00", type = SchemaType.STRING)
        BigDecimal creditLimit,
        @Schema(description = """
                What the customer owes now: open receivables minus unapplied cash minus credit balance (open orders
                are not counted yet)""", example = "82500.00", type = SchemaType.STRING) BigDecimal exposure,
        @Schema(description = "The parts of the exposure") ExposureView exposureDetails,
        @Schema(description = "creditLimit - exposure, never below 0", example = "17500.00", type = SchemaType.STRING)
        BigDecimal availableCredit,
        @Schema(description = "True while exposure is above the limit: new orders are to be held", example = "false")
        boolean onHold,
        @Schema(description = "Why the hold was placed (EXPOSURE_ABOVE_LIMIT); null when not on hold",
                example = "EXPOSURE_ABOVE_LIMIT", nullable = true) String holdReason,
        @Schema(description = "A raise awaiting approval; null when none",
                nullable = true) PendingLimitChangeView pendingLimitChange,
        @Schema(description = "Version of the profile, also sent as ETag; send it as If-Match to change it safely",
                example = "3") long version,
        @Schema(description = "When the profile last changed", example = "2026-11-22T09:15:00Z") Instant updatedAt) {
}
