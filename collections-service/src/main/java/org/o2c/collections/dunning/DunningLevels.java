package org.o2c.collections.dunning;

import java.util.List;
import java.util.Optional;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * A legal entity's dunning levels, checked: numbered 1, 2, 3... in order, with days past due strictly rising,
 * so that an item's level only ever goes up as it ages.
 */
public record DunningLevels(List<DunningLevel> levels) {
    public static final int MAX_LEVELS = 9;
    public static final int MAX_DAYS = 3650;

    public DunningLevels {
        levels = List.copyOf(levels);
        if (levels.isEmpty() || levels.size() > MAX_LEVELS) {
            throw new BusinessRuleViolation("levels", "size", "a policy has 1 to " + MAX_LEVELS + " levels");
        }
        for (int i = 0; i < levels.size(); i++) {
            DunningLevel level = levels.get(i);
            if (level.level() != i + 1) {
                throw new BusinessRuleViolation("levels[" + i + "].level", "consecutive",
                        "levels are numbered 1, 2, 3... in ascending order; expected " + (i + 1));
            }
            if (level.name() == null || level.name().isBlank()) {
                throw new BusinessRuleViolation("levels[" + i + "].name", "required", "a level needs a name");
            }
            if (level.daysPastDue() < 1 || level.daysPastDue() > MAX_DAYS) {
                throw new BusinessRuleViolation("levels[" + i + "].daysPastDue", "range",
                        "must be 1 to " + MAX_DAYS + " days");
            }
            if (i > 0 && level.daysPastDue() <= levels.get(i - 1).daysPastDue()) {
                throw new BusinessRuleViolation("levels[" + i + "].daysPastDue", "ascending",
                        "must be more days than level " + i + " (" + levels.get(i - 1).daysPastDue() + ")");
            }
        }
    }

    /** The highest level an item this many days past due has reached; empty before the first level. */
    public Optional<DunningLevel> reachedAt(long daysPastDue) {
        DunningLevel reached = null;
        for (DunningLevel level : levels) {
            if (daysPastDue >= level.daysPastDue()) {
                reached = level;
            }
        }
        return Optional.ofNullable(reached);
    }

    public DunningLevel level(int number) {
        return levels.get(number - 1);
    }

    /** Days past due at which dunning starts. */
    public int firstDays() {
        return levels.get(0).daysPastDue();
    }
}
