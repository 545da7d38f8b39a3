package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "InvoiceLine", description = "One line of an invoice")
public record InvoiceLineView(
        @Schema(description = "Position from 1", example = "1") int lineNumber,
        @Schema(description = "What was sold", example = "Pilsner keg 50 l") String description,
        @Schema(description = "Quantity", example = "4", type = SchemaType.STRING) BigDecimal quantity,
        @Schema(description = "Price of one unit, net", example = "119.50", type = SchemaType.STRING) BigDecimal unitPrice,
        @Schema(description = "quantity × unitPrice, rounded to the currency", example = "478.00", type = SchemaType.STRING) BigDecimal netAmount,
        @Schema(description = "Tax rate in percent", example = "19.00", type = SchemaType.STRING) BigDecimal taxRate) {
}
