package org.o2c.runtime.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7WithTheirTimeAndSortByIt() {
        long start = System.currentTimeMillis();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ids.add(i % 2 == 0 ? TimeOrderedIds.next() : TimeOrderedIds.at(start + 10_000 + i));
        }
        for (UUID id : ids) {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        }
        assertThat(new HashSet<>(ids)).as("no id twice").hasSize(ids.size());
        UUID earlier = TimeOrderedIds.at(1_700_000_000_000L);
        UUID later = TimeOrderedIds.at(1_700_000_000_001L);
        assertThat(earlier.toString()).startsWith("018bcfe5-6800-7");
        assertThat(earlier.toString().compareTo(later.toString())).as("text order is time order").isNegative();
        assertThat(ids.get(0).getMostSignificantBits() >>> 16).isBetween(start, System.currentTimeMillis());
    }

    @Test
    void axonMakesItsMessageIdsTheSameWay() {
        UUID id = UUID.fromString(IdentifierFactory.getInstance().generateIdentifier());
        assertThat(id.version()).isEqualTo(7);
    }
}
