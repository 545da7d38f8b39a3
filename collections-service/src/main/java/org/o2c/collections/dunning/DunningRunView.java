package org.o2c.collections.dunning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DunningRun", description = "A dunning run and the letters it issued")
public record DunningRunView(
        @Schema(description = "Run id", example = "5a0c8e2f-1b3d-4c5e-8f70-9a1b2c3d4e5f") UUID id,
        @Schema(description = "Legal entity whose customers were chased", example = "DE01") String legalEntity,
        @Schema(description = "Date the items were aged at", example = "2026-11-22") LocalDate asOf,
        @Schema(description = "When the run took place") Instant ranAt,
        @Schema(description = "Promises to pay found broken before dunning (their items are dunned again)",
                example = "1") int promisesBroken,
        @Schema(description = "Letters issued, by customer and currency; empty when no item reached a new level")
        List<DunningLetterView> letters) {
}
