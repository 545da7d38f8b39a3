package org.o2c.reporting.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/** Identifies a journal entry; derived from the id of the event it posts, so that a replay finds the same id. */
public record JournalEntryId(UUID value) {
    public JournalEntryId {
        Objects.requireNonNull(value, "journal entry id");
    }

    public static JournalEntryId postingOf(String sourceEventId) {
        return new JournalEntryId(UUID.nameUUIDFromBytes(("journal-entry:" + sourceEventId)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
