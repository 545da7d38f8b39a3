package org.o2c.reporting.period;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseChecklist", description = "What stands in the way of closing a period")
public record CloseChecklist(
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "yyyy-MM", example = "2026-10") String period,
        @Schema(description = "Whether every item is clean", example = "false") boolean clean,
        @Schema(description = "The five checks, always in this order") List<ChecklistItem> items) {
}
