package org.o2c.reporting.period;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReopeningRequest", description = "Asks to open a closed period again")
public record ReopeningRequest(
        @Schema(description = "Why the period must be opened again", required = true,
                example = "Supplier invoice RE-2026-0815 of October arrived late")
        @NotBlank(message = "is required") @Size(max = 2000) String reason) {
}
