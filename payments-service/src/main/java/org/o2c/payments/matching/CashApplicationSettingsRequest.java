package org.o2c.payments.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CashApplicationSettingsChange", description = "How cash application works for a legal entity")
public record CashApplicationSettingsRequest(
        @Schema(description = "A bank line is applied without a clerk when its best suggestion scores at least this "
                + "(and leads the next by 10)", required = true, minimum = "50", maximum = "100", example = "85")
        @NotNull @Min(50) @Max(100) Integer autoApplyThreshold,
        @Schema(description = "How a payment that does not say which invoices it pays is spread over the "
                + "customer's open items", required = true, example = "OLDEST_DUE_FIRST")
        @NotNull AllocationOrder allocationOrder) {
}
