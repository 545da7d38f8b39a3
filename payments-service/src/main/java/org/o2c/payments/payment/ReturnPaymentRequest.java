package org.o2c.payments.payment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "ReturnPayment", description = "The bank returned a payment")
public record ReturnPaymentRequest(
        @Schema(description = "Why the bank returned it", example = "insufficient funds", maxLength = 500,
                required = true)
        @NotBlank @Size(max = 500) String reason,
        @Schema(description = "Day of the return; not before the payment's value date", example = "2026-11-25",
                required = true)
        @NotNull @BusinessDate LocalDate returnedOn) {
}
