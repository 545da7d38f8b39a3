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

class ContractPriceAgreementTest {
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final String AGREEMENT = ContractPriceAgreement.idOf(CUSTOMER);
    private AggregateTestFixture<ContractPriceAgreement> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ContractPriceAgreement.class);
    }

    private static ContractPrice pils(String price, LocalDate from, LocalDate to) {
        return new ContractPrice("KEG-PILS-50", new BigDecimal(price), from, to);
    }

    @Test
    void aProductMayHaveOnePriceForEachHalfYear() {
        List<ContractPrice> prices = List.of(pils("112.00", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)),
                pils("114.00", LocalDate.of(2027, 7, 1), null));
        fixture.givenNoPriorActivity()
                .when(new AgreeContractPrices(AGREEMENT, CUSTOMER, "DE01", "EUR", null, prices))
                .expectEvents(new ContractPricesAgreed(CUSTOMER, "DE01", "EUR", 1, prices));
    }

    @Test
    void twoPricesOfAProductOnOneDayAreRefusedNamingTheSecond() {
        fixture.givenNoPriorActivity()
                .when(new AgreeContractPrices(AGREEMENT, CUSTOMER, "DE01", "EUR", null, List.of(
                        pils("112.00", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)),
                        new ContractPrice("KEG-DEPOSIT", new BigDecimal("30.00"), LocalDate.of(2027, 1, 1), null),
                        pils("114.00", LocalDate.of(2027, 6, 30), null))))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("prices[2].validFrom"))
                .expectNoEvents();
    }

    @Test
    void anAgreementMadeOnAnOlderRevisionIsRefused() {
        fixture.given(new ContractPricesAgreed(CUSTOMER, "DE01", "EUR", 1, List.of()),
                        new ContractPricesAgreed(CUSTOMER, "DE01", "EUR", 2, List.of()))
                .when(new AgreeContractPrices(AGREEMENT, CUSTOMER, "DE01", "EUR", 1, List.of()))
                .expectException(ProblemException.class)
                .expectNoEvents();
    }

    @Test
    void anAgreementOnTheCurrentRevisionReplacesThePricesBefore() {
        List<ContractPrice> prices = List.of(pils("110.00", LocalDate.of(2027, 1, 1), null));
        fixture.given(new ContractPricesAgreed(CUSTOMER, "DE01", "EUR", 1, List.of(
                        pils("112.00", LocalDate.of(2027, 1, 1), null))))
                .when(new AgreeContractPrices(AGREEMENT, CUSTOMER, "DE01", "EUR", 1, prices))
                .expectEvents(new ContractPricesAgreed(CUSTOMER, "DE01", "EUR", 2, prices));
    }
}
