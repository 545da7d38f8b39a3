package org.o2c.events.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One overdue invoice on a dunning letter, with the dunning level its days past due reached. */
public record DunningItem(UUID invoiceId, String invoiceNumber, LocalDate dueDate, int daysPastDue,
                          BigDecimal openAmount, int level) {
}
