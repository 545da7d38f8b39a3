package org.o2c.invoicing.invoice;

import java.util.Objects;
import java.util.UUID;
import org.o2c.runtime.id.TimeOrderedIds;

/** Identifies a credit note. It lives in its invoice's history, so the invoice id stays its aggregate id. */
public record CreditNoteId(UUID value) {
    public CreditNoteId {
        Objects.requireNonNull(value, "credit note id");
    }

    public static CreditNoteId newId() {
        return new CreditNoteId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
