package org.o2c.collections.dunning;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One step of a dunning policy: from {@code daysPastDue} on, an overdue item is at this level. */
@Schema(name = "DunningLevel", description = "One level of a dunning policy")
public record DunningLevel(
        @Schema(description = "Level number: 1 for the first step, each next one 1 higher", example = "1",
                minimum = "1", maximum = "9", required = true)
        int level,
        @Schema(description = "What the letter at this level is called", example = "reminder", maxLength = 100,
                required = true)
        String name,
        @Schema(description = "Days past due from which an item reaches this level", example = "7", minimum = "1",
                maximum = "3650", required = true)
        int daysPastDue) {
}
