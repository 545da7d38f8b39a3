package org.o2c.collections.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.collections.DunningItem;
import org.o2c.events.collections.DunningLetterIssued;
import org.o2c.runtime.id.CustomerId;

class CollectionCaseTest {
    static final DunningLevels POLICY = new DunningLevels(List.of(new DunningLevel(1, "reminder", 7),
            new DunningLevel(2, "second reminder", 21), new DunningLevel(3, "final notice", 45)));
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    private static final UUID CUSTOMER = UUID.fromString("4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69");
    private static final OverdueItem OLD = item("INV-2026-000001", "EUR", AS_OF.minusDays(50), "300.00");
    private static final OverdueItem RECENT = item("INV-2026-000002", "EUR", AS_OF.minusDays(10), "120.50");
    private static final OverdueItem NOT_YET = item("INV-2026-000003", "EUR", AS_OF.minusDays(3), "80.00");

    private AggregateTestFixture<CollectionCase> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(CollectionCase.class);
    }

    @Test
    void theLetterListsEveryOverdueItemAndTakesTheLevelOfTheOldest() {
        UUID run = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(dun(run, AS_OF, RECENT, NOT_YET, OLD))
                .expectEvents(letter(run, AS_OF, 3, "final notice", "420.50",
                        new DunningItem(OLD.invoiceId(), OLD.invoiceNumber(), OLD.dueDate(), 50,
                                new BigDecimal("300.00"), 3),
                        new DunningItem(RECENT.invoiceId(), RECENT.invoiceNumber(), RECENT.dueDate(), 10,
                                new BigDecimal("120.50"), 1)));
    }

    @Test
    void aLevelAlreadyDunnedForEveryItemIssuesNoSecondLetter() {
        UUID first = UUID.randomUUID();
        fixture.given(letter(first, AS_OF, 3, "final notice", "420.50",
                        new DunningItem(OLD.invoiceId(), OLD.invoiceNumber(), OLD.dueDate(), 50, new BigDecimal("300.00"), 3),
                        new DunningItem(RECENT.invoiceId(), RECENT.invoiceNumber(), RECENT.dueDate(), 10,
                                new BigDecimal("120.50"), 1)))
                .when(dun(UUID.randomUUID(), AS_OF.plusDays(5), OLD, RECENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void anItemReachingItsNextLevelBringsANewLetterThatListsTheOthersAgain() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        LocalDate later = AS_OF.plusDays(11); // RECENT is now 21 days past due: level 2
        fixture.given(letter(first, AS_OF, 3, "final notice", "420.50",
                        new DunningItem(OLD.invoiceId(), OLD.invoiceNumber(), OLD.dueDate(), 50, new BigDecimal("300.00"), 3),
                        new DunningItem(RECENT.invoiceId(), RECENT.invoiceNumber(), RECENT.dueDate(), 10,
                                new BigDecimal("120.50"), 1)))
                .when(dun(second, later, OLD, RECENT))
                .expectEvents(letter(second, later, 3, "final notice", "420.50",
                        new DunningItem(OLD.invoiceId(), OLD.invoiceNumber(), OLD.dueDate(), 61, new BigDecimal("300.00"), 3),
                        new DunningItem(RECENT.invoiceId(), RECENT.invoiceNumber(), RECENT.dueDate(), 21,
                                new BigDecimal("120.50"), 2)));
    }

    @Test
    void eachCurrencyGetsItsOwnLetter() {
        OverdueItem dollars = item("INV-2026-000009", "USD", AS_OF.minusDays(22), "99.999");
        UUID run = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(dun(run, AS_OF, RECENT, dollars))
                .expectEvents(
                        letter(run, AS_OF, 1, "reminder", "120.50", new DunningItem(RECENT.invoiceId(),
                                RECENT.invoiceNumber(), RECENT.dueDate(), 10, new BigDecimal("120.50"), 1)),
                        new DunningLetterIssued(UUID.nameUUIDFromBytes((run + "/" + CUSTOMER + "/USD").getBytes()), run,
                                CUSTOMER, "DE01", "USD", AS_OF, 2, "second reminder",
                                List.of(new DunningItem(dollars.invoiceId(), dollars.invoiceNumber(), dollars.dueDate(),
                                        22, new BigDecimal("100.00"), 2)), new BigDecimal("100.00")));
    }

    @Test
    void itemsBelowTheFirstLevelOrFullyPaidAreNotChased() {
        fixture.givenNoPriorActivity()
                .when(dun(UUID.randomUUID(), AS_OF, NOT_YET, item("INV-2026-000004", "EUR", AS_OF.minusDays(30), "0.00")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    static OverdueItem item(String number, String currency, LocalDate dueDate, String open) {
        return new OverdueItem(UUID.randomUUID(), number, currency, dueDate, new BigDecimal(open));
    }

    private static DunCustomer dun(UUID run, LocalDate asOf, OverdueItem... items) {
        return new DunCustomer(new CustomerId(CUSTOMER), run, "DE01", asOf, POLICY, List.of(items));
    }

    private static DunningLetterIssued letter(UUID run, LocalDate asOf, int level, String name, String total,
                                              DunningItem... items) {
        return new DunningLetterIssued(UUID.nameUUIDFromBytes((run + "/" + CUSTOMER + "/EUR").getBytes()), run,
                CUSTOMER, "DE01", "EUR", asOf, level, name, List.of(items), new BigDecimal(total));
    }
}
