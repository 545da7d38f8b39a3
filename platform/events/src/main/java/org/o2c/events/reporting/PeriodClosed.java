package org.o2c.events.reporting;

import java.time.LocalDate;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/**
 * An accounting period of a legal entity was closed: nothing may be dated from {@code firstDay} to {@code lastDay}
 * any more. Invoicing, payments and payables refuse a document dated inside it.
 *
 * @param period   {@code yyyy-MM}
 * @param closedBy the manager who closed it
 */
@EventType("PeriodClosed.v1")
public record PeriodClosed(String legalEntity, String period, LocalDate firstDay, LocalDate lastDay, String closedBy)
        implements PublishedEvent {
}
