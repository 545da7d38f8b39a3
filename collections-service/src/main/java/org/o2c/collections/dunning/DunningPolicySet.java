package org.o2c.collections.dunning;

import java.util.List;
import org.o2c.events.EventType;

/** A legal entity's dunning levels were set. Internal to collections: other services see the letters only. */
@EventType("DunningPolicySet.v1")
public record DunningPolicySet(String legalEntity, List<DunningLevel> levels) {
}
