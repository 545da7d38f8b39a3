package org.o2c.reporting.aging;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Open amounts of one currency by the six standard buckets, their total, and by the legal entity's buckets. */
@Schema(name = "AgingAmounts", description = """
        Open amounts by days past due, in one currency: the six standard buckets as fields, and the same amounts
        by the buckets of the legal entity's aging schedule (the six standard ones unless it set its own)""")
public record AgingAmounts(
        @Schema(description = "Not yet due", example = "12500.00", type = SchemaType.STRING) BigDecimal notDue,
        @Schema(description = "1 to 30 days past due", example = "3400.10", type = SchemaType.STRING) BigDecimal days1To30,
        @Schema(description = "31 to 60 days past due", example = "980.00", type = SchemaType.STRING) BigDecimal days31To60,
        @Schema(description = "61 to 90 days past due", example = "0.00", type = SchemaType.STRING) BigDecimal days61To90,
        @Schema(description = "91 to 120 days past due", example = "450.00", type = SchemaType.STRING) BigDecimal days91To120,
        @Schema(description = "More than 120 days past due", example = "75.25", type = SchemaType.STRING) BigDecimal over120,
        @Schema(description = "All buckets", example = "17405.35", type = SchemaType.STRING) BigDecimal total,
        @Schema(description = """
                By the buckets of the aging schedule in force: the legal entity's own when the report is for one
                legal entity that set one, else the six standard ones""", required = true)
        List<BucketAmount> buckets) {
}
