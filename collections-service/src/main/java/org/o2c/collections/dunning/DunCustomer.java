package org.o2c.collections.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.CustomerId;

/** Chase a customer's overdue items as of a date, under the legal entity's dunning levels. */
public record DunCustomer(@TargetAggregateIdentifier CustomerId customerId, UUID dunningRunId, String legalEntity,
                          LocalDate asOf, DunningLevels policy, List<OverdueItem> items) {
}
