package org.o2c.reporting.ledger;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reconciliation", description = "The subledgers of a legal entity against its general ledger")
public record Reconciliation(
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "Compared at the end of this day", example = "2026-11-30") LocalDate asOf,
        @Schema(description = "Whether every line's difference is zero", example = "true") boolean reconciled,
        @Schema(description = "Per subledger and currency") List<ReconciliationLine> lines) {
}
