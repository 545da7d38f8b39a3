package org.o2c.collections.promise;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PromiseCheck", description = "What a promise check decided")
public record PromiseCheckView(
        @Schema(description = "Date checked as of", example = "2026-12-01") LocalDate asOf,
        @Schema(description = "Legal entity checked; null for all", example = "DE01",
                nullable = true) String legalEntity,
        @Schema(description = "Promises found broken now (PromiseBroken.v1 published for each)")
        List<PromiseView> broken,
        @Schema(description = "Number of promises found kept now", example = "2") int kept) {
}
