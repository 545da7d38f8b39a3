package org.o2c.reporting.ledger;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.events.reporting.JournalEntryPosted;

/** Posts a journal entry made from a business event. */
public record PostJournalEntry(@TargetAggregateIdentifier JournalEntryId entryId, JournalEntryPosted entry) {
}
