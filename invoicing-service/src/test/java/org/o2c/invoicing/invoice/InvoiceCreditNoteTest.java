package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.problem.BusinessRuleViolation;

/** Credit notes against an invoice: given the invoice (and earlier credit notes), when crediting, then... */
class InvoiceCreditNoteTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 10);
    private static final LocalDate CREDITED = LocalDate.of(2026, 3, 20);
    private static final UUID INVOICE = UUID.randomUUID();
    private static final UUID CUSTOMER = UUID.randomUUID();
    private AggregateTestFixture<Invoice> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Invoice.class);
    }

    /** 3 × 33.33 at 19 % (net 99.99, tax 19.00) and a deposit of 30.00 at 0 %: gross 148.99. */
    private static InvoiceIssued kegsAndDeposit() {
        return new InvoiceIssued(INVOICE, "INV-2026-000001", CUSTOMER, "DE01", "EUR", ISSUED, ISSUED.plusDays(30),
                List.of(line(1, "Pilsner keg 50 l", "3", "33.33", "99.99", "19"),
                        line(2, "Deposit", "1", "30", "30.00", "0")),
                List.of(subtotal("0.00", "30.00", "0.00"), subtotal("19.00", "99.99", "19.00")),
                new BigDecimal("129.99"), new BigDecimal("19.00"), new BigDecimal("148.99"));
    }

    /** 100.00 at 19 % and 100.00 at 7 %: gross 119.00 + 107.00 = 226.00. */
    private static InvoiceIssued twoRates() {
        return new InvoiceIssued(INVOICE, "INV-2026-000002", CUSTOMER, "DE01", "EUR", ISSUED, ISSUED.plusDays(30),
                List.of(line(1, "Beer", "1", "100", "100.00", "19"), line(2, "Food", "1", "100", "100.00", "7")),
                List.of(subtotal("7.00", "100.00", "7.00"), subtotal("19.00", "100.00", "19.00")),
                new BigDecimal("200.00"), new BigDecimal("26.00"), new BigDecimal("226.00"));
    }

    @Test
    void crediting_every_line_in_full_credits_exactly_the_invoice() {
        UUID creditNote = UUID.randomUUID();
        fixture.given(kegsAndDeposit())
                .when(byLines(creditNote, new CreditedLine(1, new BigDecimal("3")),
                        new CreditedLine(2, BigDecimal.ONE)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CreditNoteIssued(creditNote, "CN-2026-000001", INVOICE, "INV-2026-000001",
                        CUSTOMER, "DE01", "EUR", CREDITED, "goods returned",
                        List.of(line(1, "Pilsner keg 50 l", "3", "33.33", "99.99", "19"),
                                line(2, "Deposit", "1", "30", "30.00", "0")),
                        List.of(subtotal("0.00", "30.00", "0.00"), subtotal("19.00", "99.99", "19.00")),
                        new BigDecimal("129.99"), new BigDecimal("19.00"), new BigDecimal("148.99")));
    }

    @Test
    void crediting_part_of_a_line_computes_its_net_and_tax_as_the_invoice_does() {
        UUID creditNote = UUID.randomUUID();
        // 1 × 33.33 = 33.33 net, 19 % = 6.3327 -> 6.33
        fixture.given(kegsAndDeposit())
                .when(byLines(creditNote, new CreditedLine(1, BigDecimal.ONE)))
                .expectEvents(new CreditNoteIssued(creditNote, "CN-2026-000001", INVOICE, "INV-2026-000001",
                        CUSTOMER, "DE01", "EUR", CREDITED, "goods returned",
                        List.of(line(1, "Pilsner keg 50 l", "1", "33.33", "33.33", "19")),
                        List.of(subtotal("19.00", "33.33", "6.33")),
                        new BigDecimal("33.33"), new BigDecimal("6.33"), new BigDecimal("39.66")));
    }

    @Test
    void the_last_units_of_a_line_take_the_cents_that_rounding_left_on_it() {
        UUID last = UUID.randomUUID();
        // two units credited before: 2 × (33.33 net + 6.33 tax); the last unit takes 33.33 net and 19.00 - 12.66 tax
        fixture.given(kegsAndDeposit(), creditedLine1(BigDecimal.ONE, "33.33", "6.33"),
                        creditedLine1(BigDecimal.ONE, "33.33", "6.33"))
                .when(byLines(last, new CreditedLine(1, BigDecimal.ONE)))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.matches((CreditNoteIssued e) ->
                                        e.netAmount().equals(new BigDecimal("33.33"))
                                                && e.taxAmount().equals(new BigDecimal("6.34"))
                                                && e.grossAmount().equals(new BigDecimal("39.67"))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void a_credit_by_amount_is_split_over_the_tax_rates_in_proportion_to_their_gross() {
        UUID creditNote = UUID.randomUUID();
        // 113.00 of 226.00: 59.50 of the 19 % gross (9.50 tax) and 53.50 of the 7 % gross (3.50 tax)
        fixture.given(twoRates())
                .when(byAmount(creditNote, "113.00"))
                .expectEvents(new CreditNoteIssued(creditNote, "CN-2026-000001", INVOICE, "INV-2026-000002",
                        CUSTOMER, "DE01", "EUR", CREDITED, "goods returned", List.of(),
                        List.of(subtotal("7.00", "50.00", "3.50"), subtotal("19.00", "50.00", "9.50")),
                        new BigDecimal("100.00"), new BigDecimal("13.00"), new BigDecimal("113.00")));
    }

    @Test
    void a_credit_by_amount_adds_up_to_the_amount_to_the_cent() {
        UUID creditNote = UUID.randomUUID();
        fixture.given(twoRates())
                .when(byAmount(creditNote, "0.01"))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.axonframework.test.matchers.Matchers.matches((CreditNoteIssued e) ->
                                        e.grossAmount().equals(new BigDecimal("0.01"))
                                                && e.netAmount().add(e.taxAmount()).equals(e.grossAmount())
                                                && e.taxSubtotals().size() == 1),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void a_credit_above_what_is_still_creditable_is_refused() {
        fixture.given(twoRates(), new CreditNoteIssued(UUID.randomUUID(), "CN-2026-000001", INVOICE,
                        "INV-2026-000002", CUSTOMER, "DE01", "EUR", CREDITED, "goodwill", List.of(),
                        List.of(subtotal("7.00", "50.00", "3.50"), subtotal("19.00", "50.00", "9.50")),
                        new BigDecimal("100.00"), new BigDecimal("13.00"), new BigDecimal("113.00")))
                .when(byAmount(UUID.randomUUID(), "113.01"))
                .expectException(violation("amount", "not-above-creditable"))
                .expectNoEvents();
    }

    @Test
    void crediting_more_of_a_line_than_is_not_yet_credited_is_refused() {
        fixture.given(kegsAndDeposit(), creditedLine1(new BigDecimal("2"), "66.66", "12.67"))
                .when(byLines(UUID.randomUUID(), new CreditedLine(1, new BigDecimal("1.5"))))
                .expectException(violation("lines[0].quantity", "not-above-uncredited-quantity"))
                .expectNoEvents();
    }

    @Test
    void a_line_the_invoice_does_not_have_is_refused() {
        fixture.given(kegsAndDeposit())
                .when(byLines(UUID.randomUUID(), new CreditedLine(1, BigDecimal.ONE), new CreditedLine(3, BigDecimal.ONE)))
                .expectException(violation("lines[1].lineNumber", "exists"))
                .expectNoEvents();
    }

    @Test
    void lines_and_an_amount_together_are_refused() {
        fixture.given(kegsAndDeposit())
                .when(new IssueCreditNote(new InvoiceId(INVOICE), CreditNoteId.newId(), "CN-2026-000001", CREDITED,
                        "goods returned", List.of(new CreditedLine(1, BigDecimal.ONE)), new BigDecimal("10"),
                        TaxRounding.PER_LINE))
                .expectException(violation("lines", "lines-or-amount"))
                .expectNoEvents();
    }

    @Test
    void a_credit_note_without_a_reason_is_refused() {
        fixture.given(kegsAndDeposit())
                .when(new IssueCreditNote(new InvoiceId(INVOICE), CreditNoteId.newId(), "CN-2026-000001", CREDITED,
                        " ", List.of(), new BigDecimal("10"), TaxRounding.PER_LINE))
                .expectException(violation("reason", "required"))
                .expectNoEvents();
    }

    private static CreditNoteIssued creditedLine1(BigDecimal quantity, String net, String tax) {
        BigDecimal gross = new BigDecimal(net).add(new BigDecimal(tax));
        return new CreditNoteIssued(UUID.randomUUID(), "CN-2026-00000x", INVOICE, "INV-2026-000001", CUSTOMER,
                "DE01", "EUR", CREDITED, "goods returned",
                List.of(new InvoiceLine(1, "Pilsner keg 50 l", quantity, new BigDecimal("33.33"), new BigDecimal(net),
                        new BigDecimal("19"))),
                List.of(subtotal("19.00", net, tax)), new BigDecimal(net), new BigDecimal(tax), gross);
    }

    private static IssueCreditNote byLines(UUID creditNote, CreditedLine... lines) {
        return new IssueCreditNote(new InvoiceId(INVOICE), new CreditNoteId(creditNote), "CN-2026-000001", CREDITED,
                "goods returned", List.of(lines), null, TaxRounding.PER_LINE);
    }

    private static IssueCreditNote byAmount(UUID creditNote, String amount) {
        return new IssueCreditNote(new InvoiceId(INVOICE), new CreditNoteId(creditNote), "CN-2026-000001", CREDITED,
                "goods returned", List.of(), new BigDecimal(amount), TaxRounding.PER_LINE);
    }

    private static Matcher<BusinessRuleViolation> violation(String field, String rule) {
        return new CustomTypeSafeMatcher<>("a violation of " + rule + " on " + field) {
            @Override
            protected boolean matchesSafely(BusinessRuleViolation e) {
                return e.violations().size() == 1 && field.equals(e.violations().get(0).field())
                        && rule.equals(e.violations().get(0).rule());
            }
        };
    }

    private static InvoiceLine line(int number, String description, String quantity, String unitPrice, String net,
                                    String taxRate) {
        return new InvoiceLine(number, description, new BigDecimal(quantity), new BigDecimal(unitPrice),
                new BigDecimal(net), new BigDecimal(taxRate));
    }

    private static TaxSubtotal subtotal(String rate, String taxable, String tax) {
        return new TaxSubtotal(new BigDecimal(rate), new BigDecimal(taxable), new BigDecimal(tax));
    }
}
