package org.o2c.events.reporting;

import java.time.LocalDate;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/**
 * A closed period was opened again, requested by one manager with a reason and approved by another.
 *
 * @param period      {@code yyyy-MM}
 * @param requestedBy the manager who asked for the reopening
 * @param approvedBy  the second manager, never the same person
 */
@EventType("PeriodReopened.v1")
public record PeriodReopened(String legalEntity, String period, LocalDate firstDay, LocalDate lastDay, String reason,
                             String requestedBy, String approvedBy) implements PublishedEvent {
}
