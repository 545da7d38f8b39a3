package org.o2c.reporting.ledger;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a legal entity's chart: from {@code effectiveFrom} on, {@code role} (for one tax rate or bank
 * account, or for all of them when {@code qualifier} is null) posts to {@code account}. Changes are kept, never
 * overwritten: they are the chart's audit trail.
 */
public record ChartMapping(AccountRole role, String qualifier, String account, String name, LocalDate effectiveFrom,
                           String changedBy, Instant changedAt) {
}
