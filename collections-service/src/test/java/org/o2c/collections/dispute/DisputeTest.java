package org.o2c.collections.dispute;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.collections.DisputeOpened;
import org.o2c.events.collections.DisputeResolved;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;

class DisputeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final UUID ID = UUID.randomUUID();
    private static final UUID INVOICE = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final DisputeOpened OPENED = new DisputeOpened(ID, INVOICE, "INV-2026-000042", CUSTOMER, "DE01",
            "EUR", "DAMAGED_GOODS", new BigDecimal("120.00"), TODAY);

    private AggregateTestFixture<Dispute> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Dispute.class);
    }

    @Test
    void aDisputeOfPartOfTheOpenAmountIsOpenedWithItsNote() {
        fixture.givenNoPriorActivity()
                .when(open("120", "568.82", "Two kegs arrived dented"))
                .expectEvents(OPENED, new DisputeNoteRecorded(ID, "Two kegs arrived dented"));
    }

    @Test
    void theWholeOpenAmountMayBeDisputedButNotMore() {
        fixture.givenNoPriorActivity()
                .when(open("568.82", "568.82", null))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(open("568.83", "568.82", null))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("amount: must not exceed the invoice's open amount 568.82")
                .expectNoEvents();
    }

    @Test
    void aDisputeOfNothingIsRefused() {
        fixture.givenNoPriorActivity()
                .when(open("0.001", "568.82", null))
                .expectException(ProblemException.class)
                .expectNoEvents();
    }

    @Test
    void aResolvedDisputeIsClosedWithItsOutcome() {
        fixture.given(OPENED)
                .when(new ResolveDispute(new DisputeId(ID), DisputeResolution.CUSTOMER_WRONG, "signed delivery note",
                        TODAY.plusDays(3)))
                .expectEvents(new DisputeResolved(ID, INVOICE, CUSTOMER, "DE01", "CUSTOMER_WRONG",
                        "signed delivery note", TODAY.plusDays(3)));
    }

    @Test
    void aDisputeIsResolvedOnlyOnce() {
        fixture.given(OPENED, new DisputeResolved(ID, INVOICE, CUSTOMER, "DE01", "CUSTOMER_RIGHT", null, TODAY))
                .when(new ResolveDispute(new DisputeId(ID), DisputeResolution.CUSTOMER_WRONG, null, TODAY.plusDays(1)))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("id: the dispute was already resolved on " + TODAY)
                .expectNoEvents();
    }

    private static OpenDispute open(String amount, String invoiceOpen, String note) {
        return new OpenDispute(new DisputeId(ID), INVOICE, "INV-2026-000042", new CustomerId(CUSTOMER), "DE01", "EUR",
                "DAMAGED_GOODS", new BigDecimal(amount), new BigDecimal(invoiceOpen), note, TODAY);
    }
}
