package org.o2c.runtime.history;

import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event in a document's history, as the event store holds it. */
@Schema(name = "HistoryEntry", description = "One event of a document's history, in the order it happened")
public record HistoryEntry(
        @Schema(description = "Position in the history of the aggregate that holds the document, from 0",
                example = "0") long sequence,
        @Schema(description = "What happened: the event's name (published events with their version)",
                example = "InvoiceIssued.v1") String type,
        @Schema(description = "When it was recorded", example = "2026-11-02T09:14:03.512Z") Instant occurredAt,
        @Schema(description = "The user or system whose request caused it; null for what the platform did "
                + "on its own (e.g. an event another service published)", example = "alice", nullable = true)
        String actingUser,
        @Schema(description = "The correlation id of the request that caused it (X-Correlation-Id)",
                example = "erp-run-2026-11-02-0007") String correlationId,
        @Schema(description = "What changed: the event's fields as recorded", type = SchemaType.OBJECT,
                example = "{\"invoiceNumber\": \"INV-2026-000042\", \"grossAmount\": \"568.82\"}")
        Map<String, Object> changes) {
}
