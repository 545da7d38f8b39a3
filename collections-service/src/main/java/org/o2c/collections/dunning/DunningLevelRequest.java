package org.o2c.collections.dunning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DunningLevelInput", description = "One level of a dunning policy")
public record DunningLevelRequest(
        @Schema(description = "Level number: 1 for the first, each next one 1 higher", example = "1", minimum = "1",
                maximum = "9", required = true)
        @NotNull @Min(1) @Max(DunningLevels.MAX_LEVELS) Integer level,
        @Schema(description = "What the letter at this level is called", example = "reminder", maxLength = 100,
                required = true)
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "Days past due from which an item reaches this level; more than the level before",
                example = "7", minimum = "1", maximum = "3650", required = true)
        @NotNull @Min(1) @Max(DunningLevels.MAX_DAYS) Integer daysPastDue) {
}
