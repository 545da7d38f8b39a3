package org.o2c.runtime.history;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentHistory", description = """
        The audit trail of one document: every event that created or changed it, in order, with when, who, the \
        request's correlation id and what changed. The event store is the record: nothing here can be edited.""")
public record DocumentHistoryView(
        @Schema(description = "The document", example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d") UUID documentId,
        @Schema(description = "Its events, oldest first") List<HistoryEntry> events) {
}
