package org.o2c.invoicing.customer;

import java.util.Currency;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.problem.BusinessRuleViolation;

class CustomerAccountTest {
    private AggregateTestFixture<CustomerAccount> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(CustomerAccount.class);
    }

    @Test
    void registeringOpensTheAccountWithItsTerms() {
        UUID id = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(new CustomerId(id), "  Getränke Hofmann KG ", "DE01", Currency.getInstance("EUR"), 30))
                .expectEvents(new CustomerRegistered(id, "Getränke Hofmann KG", "DE01", "EUR", 30));
    }

    @Test
    void paymentTermsBeyondAYearAreRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterCustomer(CustomerId.newId(), "Hofmann", "DE01", Currency.getInstance("EUR"), 366))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }
}
