package org.o2c.collections.dunning;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SetDunningPolicy", description = "The dunning levels of a legal entity, replacing its current ones")
public record DunningPolicyRequest(
        @Schema(description = "1 to 9 levels numbered 1, 2, 3... with days past due strictly ascending",
                required = true)
        @NotEmpty @Size(max = DunningLevels.MAX_LEVELS) List<@NotNull @Valid DunningLevelRequest> levels) {
}
