package org.o2c.payments.refund;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RefundDecision", description = "A second manager's note on approving or rejecting a refund")
public record RefundDecisionRequest(
        @Schema(description = "Why; required to reject", example = "called the customer back on the known number",
                maxLength = 500, nullable = true)
        @Size(max = 500) String note) {
}
