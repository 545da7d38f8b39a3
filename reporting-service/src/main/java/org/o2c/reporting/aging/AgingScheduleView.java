package org.o2c.reporting.aging;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgingSchedule", description = """
        The aging buckets in force for a legal entity (the six standard ones until it sets its own), and every
        change made (the audit trail)""")
public record AgingScheduleView(
        @Schema(description = "Legal entity", example = "DE01", required = true) String legalEntity,
        @Schema(description = "Last day past due of each bucket but the open-ended one", example = "[30, 60, 90, 120]",
                required = true) List<Integer> pastDueUpTo,
        @Schema(description = "The buckets' labels, as the reports show them",
                example = "[\"not due\", \"1-30\", \"31-60\", \"61-90\", \"91-120\", \"over 120\"]", required = true)
        List<String> labels,
        @Schema(description = "Every change, latest first; empty while the standard buckets are in force",
                required = true) List<Change> changes) {

    @Schema(name = "AgingScheduleChange", description = "One change of a legal entity's aging buckets")
    public record Change(
            @Schema(description = "The limits set", example = "[15, 30, 60, 90]", required = true)
            List<Integer> pastDueUpTo,
            @Schema(description = "Who set them", example = "mia.manager", required = true) String changedBy,
            @Schema(description = "When", example = "2026-12-04T09:15:00Z", required = true) Instant changedAt) {
    }
}
