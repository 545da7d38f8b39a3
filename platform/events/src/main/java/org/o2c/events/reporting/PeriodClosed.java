package org.o2c.events.reporting;

import java.time.LocalDate;
import java.util.List;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/**
 * An accounting period of a legal entity was closed: nothing may be dated from {@code firstDay} to {@code lastDay}
 * any more. Invoicing, payments and payables refuse a document dated inside it.
 *
 * @param period    {@code yyyy-MM}
 * @param closedBy  the manager who closed it
 * @param checklist what the close checklist found, and which findings the manager acknowledged
 * @param note      the manager's note on the acknowledged findings
 */
@EventType("PeriodClosed.v1")
public record PeriodClosed(String legalEntity, String period, LocalDate firstDay, LocalDate lastDay, String closedBy,
                           List<CloseCheck> checklist, @Nullable String note) implements PublishedEvent {
}
