package org.o2c.credit.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreditCheckResult", description = "The answer to a credit check, with the figures it used")
public record CreditCheckResult(
        @Schema(description = "Id of this check; a decline is published under it in CreditCheckDeclined.v1",
                example = "9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d") UUID creditCheckId,
        @Schema(description = "The ordering customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69")
        UUID customerId,
        @Schema(description = "APPROVED or DECLINED", example = "DECLINED", enumeration = {"APPROVED", "DECLINED"})
        String decision,
        @Schema(description = """
                Every reason to decline; empty when approved. NO_CREDIT_PROFILE: the customer has no limit;
                CUSTOMER_ON_HOLD: exposure is above the limit; EXPOSURE_ABOVE_LIMIT: exposure plus this order
                would be above the limit""", example = "EXPOSURE_ABOVE_LIMIT") List<String> reasons,
        @Schema(description = "The order amount checked", example = "12500.00", type = SchemaType.STRING)
        BigDecimal orderAmount,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = """
                The exposure the decision used: open receivables - unapplied cash - credit balance (open orders are
                not counted yet)""", example = "92000.00", type = SchemaType.STRING) BigDecimal exposure,
        @Schema(description = "The limit in force; null without a credit profile", example = "100000.00",
                type = SchemaType.STRING, nullable = true) BigDecimal creditLimit,
        @Schema(description = "creditLimit - exposure, never below 0; 0 without a credit profile",
                example = "8000.00", type = SchemaType.STRING) BigDecimal availableCredit,
        @Schema(description = "When the check was decided", example = "2026-11-22T09:20:00Z") Instant checkedAt) {

    public static final String APPROVED = "APPROVED";
    public static final String DECLINED = "DECLINED";
}
