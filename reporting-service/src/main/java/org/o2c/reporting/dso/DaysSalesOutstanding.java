package org.o2c.reporting.dso;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DaysSalesOutstanding", description = """
        Standard DSO of one legal entity in one currency: receivablesAtEnd / creditSales x days, with its inputs""")
public record DaysSalesOutstanding(
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Open items at the end of the last day of the period", example = "48200.00",
                type = SchemaType.STRING) BigDecimal receivablesAtEnd,
        @Schema(description = "Gross of the invoices issued in the period minus the credit notes issued in it",
                example = "96400.00", type = SchemaType.STRING) BigDecimal creditSales,
        @Schema(description = "Days in the period, first and last day included", example = "92") long days,
        @Schema(description = "Days sales outstanding, rounded half-up to one decimal; null when there were no "
                + "credit sales to divide by", example = "46.0", type = SchemaType.STRING, nullable = true)
        BigDecimal dso,
        @Schema(description = "Why dso is null; null when it is computed",
                example = "no credit sales in the period: DSO is undefined", nullable = true)
        String explanation) {
}
