package org.o2c.collections.promise;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "CheckPromises", description = "Check the promises to pay whose date has passed")
public record PromiseCheckRequest(
        @Schema(description = "Check as of this date, not after today: promises dated before it are decided",
                example = "2026-12-01", required = true)
        @NotNull @BusinessDate LocalDate asOf,
        @Schema(description = "Only this legal entity's promises; all when left out", example = "DE01",
                pattern = "^[A-Z0-9]{2,10}$")
        @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be 2 to 10 capital letters or digits") String legalEntity) {
}
