package org.o2c.invoicing.invoice;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvoiceLineInput", description = "One line to bill")
public record InvoiceLineRequest(
        @Schema(description = "What was sold", example = "Pilsner keg 50 l", maxLength = 500, required = true)
        @NotBlank @Size(max = 500) String description,
        @Schema(description = "Quantity, greater than 0, up to 4 decimals", example = "4", type = SchemaType.STRING,
                required = true)
        @NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity,
        @Schema(description = "Net price of one unit, up to 4 decimals", example = "119.50", type = SchemaType.STRING,
                required = true)
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 4) BigDecimal unitPrice,
        @Schema(description = "Tax rate in percent, 0 to 100", example = "19", type = SchemaType.STRING, required = true)
        @NotNull @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal taxRate) {
}
