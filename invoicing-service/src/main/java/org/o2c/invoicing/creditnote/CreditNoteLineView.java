package org.o2c.invoicing.creditnote;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreditNoteLine", description = "A credited invoice line")
public record CreditNoteLineView(
        @Schema(description = "The invoice line's number", example = "1") int lineNumber,
        @Schema(description = "What was sold", example = "Pilsner keg 50 l") String description,
        @Schema(description = "Quantity credited", example = "2", type = SchemaType.STRING) BigDecimal quantity,
        @Schema(description = "Price of one unit, net, as invoiced", example = "119.50", type = SchemaType.STRING)
        BigDecimal unitPrice,
        @Schema(description = "Net amount credited: quantity × unitPrice, rounded; the last quantity of a line takes "
                + "the line's whole remaining net", example = "239.00", type = SchemaType.STRING) BigDecimal netAmount,
        @Schema(description = "Tax rate in percent", example = "19.00", type = SchemaType.STRING) BigDecimal taxRate) {
}
