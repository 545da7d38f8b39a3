package org.o2c.events.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/**
 * A dunning run chased a customer: one letter listing all its overdue items as of {@code asOf}, at the level of
 * its oldest item (1 reminder, 2 second reminder, 3 final notice, as the legal entity's policy names them).
 */
@EventType("DunningLetterIssued.v1")
public record DunningLetterIssued(UUID letterId, UUID dunningRunId, UUID customerId, String legalEntity,
                                  String currency, LocalDate asOf, int level, String levelName,
                                  List<DunningItem> items, BigDecimal totalOverdue) implements PublishedEvent {
}
