package org.o2c.collections.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.o2c.runtime.problem.BusinessRuleViolation;

class DunningLevelsTest {
    private static final DunningLevels STANDARD = new DunningLevels(List.of(new DunningLevel(1, "reminder", 7),
            new DunningLevel(2, "second reminder", 21), new DunningLevel(3, "final notice", 45)));

    @Test
    void anItemReachesTheHighestLevelItsDaysPastDueAllow() {
        assertThat(STANDARD.reachedAt(6)).isEmpty();
        assertThat(STANDARD.reachedAt(7)).map(DunningLevel::level).contains(1);
        assertThat(STANDARD.reachedAt(20)).map(DunningLevel::level).contains(1);
        assertThat(STANDARD.reachedAt(21)).map(DunningLevel::level).contains(2);
        assertThat(STANDARD.reachedAt(45)).map(DunningLevel::level).contains(3);
        assertThat(STANDARD.reachedAt(400)).map(DunningLevel::name).contains("final notice");
    }

    @Test
    void daysPastDueMustRiseFromLevelToLevel() {
        assertThatThrownBy(() -> new DunningLevels(List.of(new DunningLevel(1, "reminder", 14),
                new DunningLevel(2, "second reminder", 14))))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("levels[1].daysPastDue: must be more days than level 1 (14)");
    }

    @Test
    void levelsAreNumberedFromOneWithoutGaps() {
        assertThatThrownBy(() -> new DunningLevels(List.of(new DunningLevel(1, "reminder", 7),
                new DunningLevel(3, "final notice", 45))))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageStartingWith("levels[1].level:");
        assertThatThrownBy(() -> new DunningLevels(List.of()))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageStartingWith("levels:");
    }
}
