package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaxSubtotal", description = "The tax of one rate on an invoice")
public record TaxSubtotalView(
        @Schema(description = "Tax rate in percent", example = "19.00", type = SchemaType.STRING) BigDecimal taxRate,
        @Schema(description = "Net amount of the lines with this rate", example = "478.00", type = SchemaType.STRING)
        BigDecimal taxableAmount,
        @Schema(description = "Tax on it", example = "90.82", type = SchemaType.STRING) BigDecimal taxAmount) {
}
