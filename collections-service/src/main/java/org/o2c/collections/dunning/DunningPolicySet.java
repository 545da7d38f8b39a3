package org.o2c.collections.dunning;

import java.util.List;

/** A legal entity's dunning levels were set. Internal to collections: other services see the letters only. */
public record DunningPolicySet(String legalEntity, List<DunningLevel> levels) {
}
