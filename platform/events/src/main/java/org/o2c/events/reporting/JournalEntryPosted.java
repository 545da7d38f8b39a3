package org.o2c.events.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/**
 * A balanced journal entry of the general ledger: the posting of one business event. Its debits equal its credits
 * in {@code currency}. The entry id is derived from the source event's id, so that posting the same event again
 * (a replay from offset 0) gives the same entry with the same id.
 *
 * @param entryId         derived from {@code sourceEventId}
 * @param accountingDate  the day the entry counts in the ledger, inside an open period
 * @param documentDate    the business date of the source (issue, value, return, payment date); it differs from the
 *                        accounting date only when that date fell into a period closed before the event was posted
 * @param sourceEventType the wire type of the posted event, e.g. {@code InvoiceIssued.v1}
 * @param sourceEventId   the posted event's id (its {@code ce_id}), also this event's causation id
 * @param occurredAt      when the posted event was stored ({@code ce_time}): the entries of one accounting date are
 *                        in this order, the same in every rebuild
 * @param source          the document the entry posts
 * @param customerId      the customer of a receivable posting
 * @param supplierId      the supplier of a payable posting
 * @param lines           at least two, debits and credits
 */
@EventType("JournalEntryPosted.v1")
public record JournalEntryPosted(UUID entryId, String legalEntity, String currency, LocalDate accountingDate,
                                 LocalDate documentDate, String sourceEventType, String sourceEventId,
                                 Instant occurredAt, SourceDocument source, @Nullable UUID customerId,
                                 @Nullable UUID supplierId, String description, List<JournalLine> lines)
        implements PublishedEvent {
}
