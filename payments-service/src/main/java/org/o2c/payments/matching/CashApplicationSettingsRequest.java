package org.o2c.payments.matching;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CashApplicationSettingsChange", description = "How cash application works for a legal entity")
public record CashApplicationSettingsRequest(
        @Schema(description = "A bank line is applied without a clerk when its best suggestion scores at least this "
                + "(and leads the next by 10)", required = true, minimum = "50", maximum = "100", example = "85")
        @NotNull @Min(50) @Max(100) Integer autoApplyThreshold,
        @Schema(description = "How a payment that does not say which invoices it pays is spread over the "
                + "customer's open items", required = true, example = "OLDEST_DUE_FIRST")
        @NotNull AllocationOrder allocationOrder,
        @Schema(description = "A short payment on an invoice is written off when the rest is at most this amount "
                + "(in the payment's currency) and at most writeOffTolerancePercent of what was open; left out: 0, "
                + "nothing is written off", type = SchemaType.STRING, nullable = true, example = "5.00")
        @PositiveOrZero @Digits(integer = 15, fraction = 3) BigDecimal writeOffToleranceAmount,
        @Schema(description = "The write-off limit as a percent of what was open on the invoice, 0 to 10; left "
                + "out: 0", type = SchemaType.STRING, nullable = true, example = "0.5")
        @PositiveOrZero @DecimalMax("10") @Digits(integer = 2, fraction = 2) BigDecimal writeOffTolerancePercent,
        @Schema(description = "A refund needs a second manager when, with what one person alone refunded to the "
                + "same account in the month, it comes to more than this; left out: 0, every refund needs two",
                type = SchemaType.STRING, nullable = true, example = "500.00")
        @PositiveOrZero @Digits(integer = 15, fraction = 3) BigDecimal refundApprovalThreshold) {

    public BigDecimal toleranceAmount() {
        return writeOffToleranceAmount == null ? BigDecimal.ZERO : writeOffToleranceAmount;
    }

    public BigDecimal tolerancePercent() {
        return writeOffTolerancePercent == null ? BigDecimal.ZERO : writeOffTolerancePercent;
    }

    public BigDecimal refundThreshold() {
        return refundApprovalThreshold == null ? BigDecimal.ZERO : refundApprovalThreshold;
    }
}
