package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.problem.BusinessRuleViolation;

class InvoiceTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 10);
    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Invoice.class);
    }

    @Test
    void issuingComputesLineNetTaxPerRateAndGross() {
        UUID id = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice(new InvoiceId(id), "INV-2026-000001", new CustomerId(customer), "DE01", EUR, ISSUED,
                        ISSUED.plusDays(30),
                        List.of(line("3", "33.33", "19"), line("1", "30", "0"), line("2.5", "10.01", "19")),
                        TaxRounding.PER_LINE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new InvoiceIssued(id, "INV-2026-000001", customer, "DE01", "EUR", ISSUED,
                        ISSUED.plusDays(30),
                        List.of(new InvoiceLine(1, "item", new BigDecimal("3"), new BigDecimal("33.33"),
                                        new BigDecimal("99.99"), new BigDecimal("19")),
                                new InvoiceLine(2, "item", new BigDecimal("1"), new BigDecimal("30"),
                                        new BigDecimal("30.00"), new BigDecimal("0")),
                                new InvoiceLine(3, "item", new BigDecimal("2.5"), new BigDecimal("10.01"),
                                        new BigDecimal("25.03"), new BigDecimal("19"))),
                        // 19% of 99.99 = 19.00 (18.9981), of 25.03 = 4.76 (4.7557): per line 23.76
                        List.of(new TaxSubtotal(new BigDecimal("0.00"), new BigDecimal("30.00"), new BigDecimal("0.00")),
                                new TaxSubtotal(new BigDecimal("19.00"), new BigDecimal("125.02"), new BigDecimal("23.76"))),
                        new BigDecimal("155.02"), new BigDecimal("23.76"), new BigDecimal("178.78")));
    }

    @Test
    void perDocumentRoundingRoundsTheTaxOfEachRateOnce() {
        UUID id = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        // three lines of 0.10 at 15%: per line 3 x 0.02 = 0.06; per document 15% of 0.30 = 0.05 (0.045 half-up)
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice(new InvoiceId(id), "INV-2026-000002", new CustomerId(customer), "DE01", EUR, ISSUED,
                        ISSUED,
                        List.of(line("1", "0.10", "15"), line("1", "0.10", "15"), line("1", "0.10", "15")),
                        TaxRounding.PER_DOCUMENT))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.matches(
                                        (InvoiceIssued e) -> e.taxAmount().equals(new BigDecimal("0.05"))
                                                && e.grossAmount().equals(new BigDecimal("0.35"))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void anInvoiceWithoutLinesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice(InvoiceId.newId(), "INV-2026-000003", CustomerId.newId(), "DE01", EUR, ISSUED,
                        ISSUED, List.of(), TaxRounding.PER_LINE))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aLineWithoutQuantityIsRefusedNamingTheLine() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice(InvoiceId.newId(), "INV-2026-000004", CustomerId.newId(), "DE01", EUR, ISSUED,
                        ISSUED, List.of(line("1", "10", "19"), line("0", "10", "19")), TaxRounding.PER_LINE))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("lines[1].quantity: must be greater than 0")
                .expectNoEvents();
    }

    @Test
    void aDueDateBeforeTheIssueDateIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice(InvoiceId.newId(), "INV-2026-000005", CustomerId.newId(), "DE01", EUR, ISSUED,
                        ISSUED.minusDays(1), List.of(line("1", "10", "19")), TaxRounding.PER_LINE))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aTaxRateAbove100PercentIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new IssueInvoice(InvoiceId.newId(), "INV-2026-000006", CustomerId.newId(), "DE01", EUR, ISSUED,
                        ISSUED, List.of(line("1", "10", "100.01")), TaxRounding.PER_LINE))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    private static LineItem line(String quantity, String unitPrice, String taxRate) {
        return new LineItem("item", new BigDecimal(quantity), new BigDecimal(unitPrice), new BigDecimal(taxRate));
    }
}
