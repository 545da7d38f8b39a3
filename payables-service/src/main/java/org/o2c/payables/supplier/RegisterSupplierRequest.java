package org.o2c.payables.supplier;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.money.CurrencyCode;

@Schema(name = "RegisterSupplier", description = "A new supplier. Bank details are not taken here.")
public record RegisterSupplierRequest(
        @Schema(description = "The supplier's name", example = "Hopfenkontor Hallertau GmbH", maxLength = 200,
                required = true)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Our legal entity that buys from this supplier: 2 to 10 capital letters or digits",
                example = "DE01", pattern = "^[A-Z0-9]{2,10}$", required = true)
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be 2 to 10 capital letters or digits")
        String legalEntity,
        @Schema(description = "Currency the supplier invoices in, ISO 4217", example = "EUR", required = true)
        @NotNull @CurrencyCode String currency,
        @Schema(description = "Payment terms: days net from the supplier's invoice date to its due date",
                example = "30", minimum = "0", maximum = "365", required = true)
        @NotNull @Min(0) @Max(365) Integer paymentTermsNetDays) {
}
