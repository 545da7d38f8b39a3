package org.o2c.collections.dunning;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DunningPolicy", description = "The dunning levels in force for a legal entity")
public record DunningPolicyView(
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "Levels in ascending order of days past due") List<DunningLevel> levels,
        @Schema(description = "True when the legal entity has no policy of its own and the configured default applies",
                example = "false") boolean defaultPolicy,
        @Schema(description = "When the legal entity's own policy was last set; null for the default", nullable = true)
        Instant changedAt) {

    DunningLevels toLevels() {
        return new DunningLevels(levels);
    }
}
