package org.o2c.payables.supplier;

import java.util.Currency;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.runtime.problem.BusinessRuleViolation;

class SupplierTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private AggregateTestFixture<Supplier> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Supplier.class);
    }

    @Test
    void registeringASupplierPublishesItsCurrencyAndTermsWithoutBankDetails() {
        UUID id = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplier(new SupplierId(id), "  Hopfenkontor Hallertau GmbH ", "DE01", EUR, 30))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SupplierRegistered(id, "Hopfenkontor Hallertau GmbH", "DE01", "EUR", 30));
    }

    @Test
    void paymentTermsBeyondAYearAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplier(SupplierId.newId(), "Late Payer Ltd", "DE01", EUR, 366))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("paymentTermsNetDays: payment terms are 0 to 365 days net")
                .expectNoEvents();
    }

    @Test
    void aSupplierNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplier(SupplierId.newId(), " ", "DE01", EUR, 30))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }
}
