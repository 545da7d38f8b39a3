package org.o2c.collections.dunning;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Give a legal entity its dunning levels, replacing any it had. */
public record SetDunningPolicy(@TargetAggregateIdentifier String legalEntity, List<DunningLevel> levels) {
}
