package org.o2c.collections.dunning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "StartDunningRun", description = "Which legal entity to chase, as of which date")
public record DunningRunRequest(
        @Schema(description = "Legal entity: 2 to 10 capital letters or digits", example = "DE01",
                pattern = "^[A-Z0-9]{2,10}$", required = true)
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be 2 to 10 capital letters or digits")
        String legalEntity,
        @Schema(description = "Age the items at this date; not after today", example = "2026-11-22", required = true)
        @NotNull @BusinessDate LocalDate asOf) {
}
