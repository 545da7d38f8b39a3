package org.o2c.reporting.period;

import org.o2c.events.EventType;

/** A manager asked to reopen a closed period; it stays closed until another manager approves. */
@EventType("PeriodReopeningRequested.v1")
public record PeriodReopeningRequested(String legalEntity, String period, String reason, String requestedBy) {
}
