package org.o2c.collections.promise;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "RecordPromiseToPay", description = "A customer promises to pay an amount by a date")
public record RecordPromiseRequest(
        @Schema(description = "The customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69", required = true)
        @NotNull UUID customerId,
        @Schema(description = "Promised amount, more than 0, in the currency of the invoices", example = "500.00",
                type = SchemaType.STRING, required = true)
        @NotNull @Positive @Digits(integer = 15, fraction = 3) BigDecimal amount,
        @Schema(description = "Date by which the customer will pay; today or later", example = "2026-11-30",
                required = true)
        @NotNull @BusinessDate LocalDate promisedDate,
        @Schema(description = "1 to 500 of the customer's invoices, known to the receivables ledger, one currency",
                required = true)
        @NotEmpty @Size(max = 500) List<@NotNull UUID> invoiceIds) {
}
