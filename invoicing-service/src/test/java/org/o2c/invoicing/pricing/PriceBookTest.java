package org.o2c.invoicing.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;

class PriceBookTest {
    private static final String BOOK = PriceBook.idOf("DE01", "EUR");
    private static final UUID FIRST_HALF = UUID.randomUUID();
    private static final List<ListedPrice> KEGS = List.of(new ListedPrice("KEG-PILS-50", new BigDecimal("119.50")),
            new ListedPrice("KEG-DEPOSIT", new BigDecimal("30.00")));
    private AggregateTestFixture<PriceBook> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(PriceBook.class);
    }

    private static PriceListPublished firstHalfPublished() {
        return new PriceListPublished(FIRST_HALF, "DE01", "EUR", "First half 2027", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 6, 30), KEGS);
    }

    private static PublishPriceList publish(String name, LocalDate from, LocalDate to, List<ListedPrice> prices) {
        return new PublishPriceList(BOOK, UUID.randomUUID(), "DE01", "EUR", name, from, to, prices);
    }

    @Test
    void theFirstListOpensTheLegalEntitysPriceBook() {
        fixture.givenNoPriorActivity()
                .when(new PublishPriceList(BOOK, FIRST_HALF, "DE01", "EUR", "First half 2027",
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), KEGS))
                .expectEvents(firstHalfPublished());
    }

    @Test
    void aListStartingTheDayAfterAnotherEndsIsPublished() {
        fixture.given(firstHalfPublished())
                .when(publish("From July", LocalDate.of(2027, 7, 1), null, KEGS))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aListHoldingOnTheLastDayOfAnotherIsRefused() {
        fixture.given(firstHalfPublished())
                .when(publish("From June's end", LocalDate.of(2027, 6, 30), null, KEGS))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("First half 2027"))
                .expectNoEvents();
    }

    @Test
    void anOpenEndedListOverlapsEveryListAfterItsStart() {
        fixture.given(new PriceListPublished(FIRST_HALF, "DE01", "EUR", "Until changed", LocalDate.of(2027, 1, 1),
                        null, KEGS))
                .when(publish("2030", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), KEGS))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aProductPricedTwiceOnAListIsRefusedNamingTheSecond() {
        fixture.givenNoPriorActivity()
                .when(publish("Twice", LocalDate.of(2027, 1, 1), null, List.of(
                        new ListedPrice("KEG-PILS-50", new BigDecimal("119.50")),
                        new ListedPrice("KEG-PILS-50", new BigDecimal("118.00")))))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("prices[1].product"))
                .expectNoEvents();
    }

    @Test
    void aListEndingBeforeItStartsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publish("Backwards", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 31), KEGS))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("validTo"))
                .expectNoEvents();
    }

    @Test
    void twoListsOfOneNameAreRefused() {
        fixture.given(firstHalfPublished())
                .when(publish("First half 2027", LocalDate.of(2028, 1, 1), null, KEGS))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionMayMoveTheListsOwnDaysAndCountsUp() {
        fixture.given(firstHalfPublished())
                .when(new RevisePriceList(BOOK, FIRST_HALF, 1, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 31),
                        KEGS))
                .expectEvents(new PriceListRevised(FIRST_HALF, "DE01", "EUR", 2, LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 7, 31), KEGS));
    }

    @Test
    void aRevisionOfAnOlderRevisionIsRefused() {
        fixture.given(firstHalfPublished(), new PriceListRevised(FIRST_HALF, "DE01", "EUR", 2,
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30), KEGS))
                .when(new RevisePriceList(BOOK, FIRST_HALF, 1, LocalDate.of(2027, 1, 1), null, KEGS))
                .expectException(ProblemException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("revision \"2\""))
                .expectNoEvents();
    }

    @Test
    void aRevisionIntoAnotherListsDaysIsRefused() {
        UUID second = UUID.randomUUID();
        fixture.given(firstHalfPublished(), new PriceListPublished(second, "DE01", "EUR", "Second half 2027",
                        LocalDate.of(2027, 7, 1), LocalDate.of(2027, 12, 31), KEGS))
                .when(new RevisePriceList(BOOK, FIRST_HALF, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 1),
                        KEGS))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }
}
