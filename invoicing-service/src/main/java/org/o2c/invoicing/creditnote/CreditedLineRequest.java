package org.o2c.invoicing.creditnote;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreditedLineInput", description = "How much of one invoice line to credit")
public record CreditedLineRequest(
        @Schema(description = "The invoice line's number, from 1", example = "1", required = true)
        @NotNull @Positive Integer lineNumber,
        @Schema(description = "Quantity to credit, greater than 0 and at most what of the line is not yet credited",
                example = "2", type = SchemaType.STRING, required = true)
        @NotNull @Positive @Digits(integer = 12, fraction = 4) BigDecimal quantity) {
}
