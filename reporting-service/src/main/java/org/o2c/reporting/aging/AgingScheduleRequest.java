package org.o2c.reporting.aging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgingScheduleRequest", description = """
        A legal entity's aging buckets by days past due: the last day of each past-due bucket but the open-ended
        one. [15, 30, 60] gives not due, 1-15, 16-30, 31-60 and over 60.""")
public record AgingScheduleRequest(
        @Schema(description = "1 to 10 whole numbers of days, strictly increasing, each from 1 to 3650",
                example = "[15, 30, 60, 90]", required = true)
        @NotNull(message = "is required")
        @Size(min = 1, max = AgingSchedule.MAX_LIMITS, message = "give 1 to 10 limits")
        List<@NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 day")
                @Max(value = AgingSchedule.MAX_DAYS, message = "must be at most 3650 days") Integer> pastDueUpTo) {
}
