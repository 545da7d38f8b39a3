package org.o2c.payments.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnapplyAllocation", description = "Take back one application of a payment")
public record UnapplyRequest(
        @Schema(description = "Why it is taken back", example = "applied to the wrong invoice", maxLength = 500,
                required = true)
        @NotBlank @Size(max = 500) String reason) {
}
