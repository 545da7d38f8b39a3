package org.o2c.collections.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.collections.PromiseBroken;
import org.o2c.events.collections.PromiseToPayRecorded;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.problem.BusinessRuleViolation;

class PromiseToPayTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate PROMISED = TODAY.plusDays(10);
    private static final UUID ID = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final List<UUID> INVOICES = List.of(UUID.randomUUID(), UUID.randomUUID());
    private static final PromiseToPayRecorded RECORDED = new PromiseToPayRecorded(ID, CUSTOMER, "DE01", "EUR",
            new BigDecimal("500.00"), PROMISED, INVOICES);

    private AggregateTestFixture<PromiseToPay> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(PromiseToPay.class);
    }

    @Test
    void aPromiseIsRecordedForItsInvoices() {
        fixture.givenNoPriorActivity()
                .when(record("500", PROMISED))
                .expectEvents(RECORDED);
    }

    @Test
    void aPromiseDatedInThePastIsRefused() {
        fixture.givenNoPriorActivity()
                .when(record("500", TODAY.minusDays(1)))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("promisedDate: must not be before today (" + TODAY + ")")
                .expectNoEvents();
    }

    @Test
    void beforeItsDateHasPassedAPromiseIsNeitherKeptNorBroken() {
        fixture.given(RECORDED)
                .when(new CheckPromise(new PromiseId(ID), PROMISED, BigDecimal.ZERO))
                .expectResultMessagePayload(PromiseStatus.OPEN)
                .expectNoEvents();
    }

    @Test
    void lessThanThePromisedAmountByThePromisedDateBreaksThePromise() {
        fixture.given(RECORDED)
                .when(new CheckPromise(new PromiseId(ID), PROMISED.plusDays(1), new BigDecimal("499.99")))
                .expectResultMessagePayload(PromiseStatus.BROKEN)
                .expectEvents(new PromiseBroken(ID, CUSTOMER, "DE01", "EUR", new BigDecimal("500.00"), PROMISED,
                        new BigDecimal("499.99"), PROMISED.plusDays(1)));
    }

    @Test
    void thePromisedAmountByThePromisedDateKeepsThePromise() {
        fixture.given(RECORDED)
                .when(new CheckPromise(new PromiseId(ID), PROMISED.plusDays(1), new BigDecimal("500")))
                .expectResultMessagePayload(PromiseStatus.KEPT)
                .expectEvents(new PromiseKept(ID, new BigDecimal("500.00"), PROMISED.plusDays(1)));
    }

    @Test
    void aBrokenPromiseIsBrokenOnce() {
        fixture.given(RECORDED, new PromiseBroken(ID, CUSTOMER, "DE01", "EUR", new BigDecimal("500.00"), PROMISED,
                        BigDecimal.ZERO, PROMISED.plusDays(1)))
                .when(new CheckPromise(new PromiseId(ID), PROMISED.plusDays(5), new BigDecimal("500")))
                .expectResultMessagePayload(PromiseStatus.BROKEN)
                .expectNoEvents();
    }

    private static RecordPromise record(String amount, LocalDate promisedDate) {
        return new RecordPromise(new PromiseId(ID), new CustomerId(CUSTOMER), "DE01", "EUR", new BigDecimal(amount),
                promisedDate, INVOICES, TODAY);
    }
}
