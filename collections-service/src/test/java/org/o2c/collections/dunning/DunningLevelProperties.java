package org.o2c.collections.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.o2c.events.collections.DunningItem;
import org.o2c.events.collections.DunningLetterIssued;
import org.o2c.runtime.id.CustomerId;

/**
 * For random items and a random series of run dates, through the real collection case: no item is ever dunned twice
 * at the same level, a letter goes out only when some item reached a new level, it lists every overdue item at the
 * level its days past due reached, and its level is the highest of them.
 */
class DunningLevelProperties {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final DunningLevels POLICY = CollectionCaseTest.POLICY;

    @Property(tries = 300)
    void noItemIsDunnedTwiceAtTheSameLevelAndTheLetterTakesTheHighestLevel(
            @ForAll("items") @Size(min = 1, max = 8) List<OverdueItem> items,
            @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.constraints.IntRange(min = 0, max = 150) Integer> runDays) {
        UUID customer = UUID.randomUUID();
        List<Object> history = new ArrayList<>();
        Map<UUID, Integer> highestListed = new HashMap<>();
        for (int day : runDays) {
            LocalDate asOf = START.plusDays(day);
            List<DunningLetterIssued> letters = run(customer, asOf, items, history);
            for (DunningLetterIssued letter : letters) {
                List<OverdueItem> expected = items.stream().filter(i -> i.openAmount().signum() > 0
                        && ChronoUnit.DAYS.between(i.dueDate(), asOf) >= POLICY.firstDays()).toList();
                assertThat(letter.items()).extracting(DunningItem::invoiceId)
                        .as("every overdue item is listed").containsExactlyInAnyOrderElementsOf(
                                expected.stream().map(OverdueItem::invoiceId).toList());
                for (DunningItem item : letter.items()) {
                    assertThat(item.level()).as("level by days past due")
                            .isEqualTo(levelFor(ChronoUnit.DAYS.between(item.dueDate(), asOf)));
                }
                int highest = letter.items().stream().mapToInt(DunningItem::level).max().orElseThrow();
                assertThat(letter.level()).as("letter level = highest (oldest) item's level").isEqualTo(highest);
                assertThat(letter.levelName()).isEqualTo(POLICY.level(highest).name());
                assertThat(letter.items()).as("some item reached a level it was not dunned at before")
                        .anyMatch(i -> i.level() > highestListed.getOrDefault(i.invoiceId(), 0));
                letter.items().forEach(i -> highestListed.merge(i.invoiceId(), i.level(), Math::max));
                assertThat(letter.totalOverdue()).isEqualByComparingTo(letter.items().stream()
                        .map(DunningItem::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            history.addAll(letters);
            assertThat(run(customer, asOf, items, history)).as("the same date again issues nothing").isEmpty();
        }
    }

    private static int levelFor(long daysPastDue) {
        // independent of DunningLevels: 7, 21 and 45 days
        return daysPastDue >= 45 ? 3 : daysPastDue >= 21 ? 2 : daysPastDue >= 7 ? 1 : 0;
    }

    private static List<DunningLetterIssued> run(UUID customer, LocalDate asOf, List<OverdueItem> items,
                                                 List<Object> history) {
        AggregateTestFixture<CollectionCase> fixture = new AggregateTestFixture<>(CollectionCase.class);
        Captured captured = new Captured();
        DunCustomer command = new DunCustomer(new CustomerId(customer), UUID.randomUUID(), "DE01", asOf, POLICY, items);
        (history.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(history))
                .when(command).expectSuccessfulHandlerExecution().expectEventsMatching(captured);
        return captured.letters;
    }

    @Provide
    Arbitrary<List<OverdueItem>> items() {
        Arbitrary<OverdueItem> item = Combinators.combine(
                Arbitraries.integers().between(-30, 120),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000")).ofScale(2),
                Arbitraries.of("EUR"))
                .as((dueDay, open, currency) -> new OverdueItem(UUID.randomUUID(),
                        "INV-" + UUID.randomUUID().toString().substring(0, 8), currency, START.plusDays(dueDay),
                        open));
        return item.list();
    }

    /** Takes the events the aggregate applied, whatever they are. */
    private static final class Captured extends BaseMatcher<List<EventMessage<?>>> {
        final List<DunningLetterIssued> letters = new ArrayList<>();

        @Override
        public boolean matches(Object actual) {
            for (Object message : (List<?>) actual) {
                Optional.of(((EventMessage<?>) message).getPayload())
                        .filter(DunningLetterIssued.class::isInstance)
                        .map(DunningLetterIssued.class::cast)
                        .ifPresent(letters::add);
            }
            return true;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("any events");
        }
    }
}
