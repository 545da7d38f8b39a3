package org.o2c.collections.dispute;

import java.util.UUID;
import org.o2c.events.EventType;

/**
 * The collector's note on opening a dispute. Internal: the published DisputeOpened carries no free text, and what
 * the customer said stays inside collections.
 */
@EventType("DisputeNoteRecorded.v1")
public record DisputeNoteRecorded(UUID disputeId, String note) {
}
