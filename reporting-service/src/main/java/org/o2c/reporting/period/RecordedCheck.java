package org.o2c.reporting.period;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordedCheck", description = "A checklist item as it stood when the period was closed")
public record RecordedCheck(
        @Schema(description = "The check, see ChecklistItem", example = "OPEN_DISPUTES") String item,
        @Schema(description = "What it found", example = "1") long findings,
        @Schema(description = "Whether the manager closed the period with these findings", example = "true")
        boolean acknowledged) {
}
