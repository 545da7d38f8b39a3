package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CashApplicationSettings", description = """
        How cash application works for a legal entity, and every change made to it. Until a manager sets them, a \
        legal entity applies lines scoring 85 or more, spreads payments oldest due first, writes nothing off and has \
        every refund approved by a second manager.""")
public record CashApplicationSettingsView(
        @Schema(description = "The legal entity", required = true, example = "DE01") String legalEntity,
        @Schema(description = "Lines scoring at least this are applied without a clerk", required = true,
                example = "85") int autoApplyThreshold,
        @Schema(description = "How a payment that does not say which invoices it pays is spread", required = true,
                example = "OLDEST_DUE_FIRST") AllocationOrder allocationOrder,
        @Schema(description = "The most of a short payment that is written off, as an amount", required = true,
                type = SchemaType.STRING, example = "5.00") BigDecimal writeOffToleranceAmount,
        @Schema(description = "... and as a percent of what was open on the invoice (both hold)", required = true,
                type = SchemaType.STRING, example = "0.5") BigDecimal writeOffTolerancePercent,
        @Schema(description = "Refunds above this (with what one person refunded to the account in the month) "
                + "need a second manager", required = true, type = SchemaType.STRING, example = "500.00")
        BigDecimal refundApprovalThreshold,
        @Schema(description = "Every change, newest first", required = true) List<Change> changes) {

    @Schema(name = "CashApplicationSettingsChangeRecord", description = "One change of the settings")
    public record Change(
            @Schema(description = "Threshold set", required = true, example = "90") int autoApplyThreshold,
            @Schema(description = "Order set", required = true, example = "PROPORTIONAL")
            AllocationOrder allocationOrder,
            @Schema(description = "Write-off amount set", required = true, type = SchemaType.STRING,
                    example = "5.00") BigDecimal writeOffToleranceAmount,
            @Schema(description = "Write-off percent set", required = true, type = SchemaType.STRING,
                    example = "0.5") BigDecimal writeOffTolerancePercent,
            @Schema(description = "Refund approval threshold set", required = true, type = SchemaType.STRING,
                    example = "500.00") BigDecimal refundApprovalThreshold,
            @Schema(description = "Who set it", required = true, example = "mia.manager") String changedBy,
            @Schema(description = "When", required = true) Instant changedAt) {
    }
}
