package org.o2c.reporting.period;

import java.time.YearMonth;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.events.reporting.CloseCheck;

/** Closes a period after its checklist was run; {@code note} explains the findings the manager acknowledges. */
public record ClosePeriod(@TargetAggregateIdentifier AccountingPeriodId periodId, String legalEntity,
                          YearMonth period, String closedBy, List<CloseCheck> checklist, String note) {
}
