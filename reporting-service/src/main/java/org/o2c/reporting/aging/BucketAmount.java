package org.o2c.reporting.aging;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BucketAmount", description = "Open amount of one aging bucket")
public record BucketAmount(
        @Schema(description = "not due, from-to (days past due) or over N", example = "1-15", required = true)
        String label,
        @Schema(description = "First day past due of the bucket; null for not yet due", example = "1",
                nullable = true, required = true) Integer fromDays,
        @Schema(description = "Last day past due of the bucket; null for the open-ended last one", example = "15",
                nullable = true, required = true) Integer toDays,
        @Schema(description = "Open amount", example = "3400.10", type = SchemaType.STRING, required = true)
        BigDecimal amount) {
}
