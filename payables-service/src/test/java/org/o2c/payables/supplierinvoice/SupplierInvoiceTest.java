package org.o2c.payables.supplierinvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.payables.SupplierInvoiceApproved;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.payables.supplier.SupplierId;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;

class SupplierInvoiceTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate INVOICED = LocalDate.of(2026, 11, 2);
    private static final LocalDate DUE = INVOICED.plusDays(30);
    private static final LocalDate PAID_ON = LocalDate.of(2026, 11, 20);
    private static final String CLERK = "carl.clerk";
    private static final String APPROVER = "anna.approver";

    private AggregateTestFixture<SupplierInvoice> fixture;
    private final UUID invoice = UUID.randomUUID();
    private final UUID supplier = UUID.randomUUID();

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(SupplierInvoice.class);
    }

    @Test
    void registeringRecordsTheSuppliersAmountsAndTheRegisteringUser() {
        fixture.givenNoPriorActivity()
                .when(register(" RE-2026-0815 ", "1000.00", "190.00", "1190.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered("1190.00"));
    }

    @Test
    void aGrossAmountOtherThanNetPlusTaxIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register("RE-1", "1000.00", "190.00", "1190.01"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("grossAmount: must equal net amount plus tax amount (1190.00)")
                .expectNoEvents();
    }

    @Test
    void anAmountWithMoreDecimalsThanTheCurrencyHasIsRefusedNotRounded() {
        fixture.givenNoPriorActivity()
                .when(register("RE-1", "1000.005", "0", "1000.005"))
                .expectException(ProblemException.class)
                .expectExceptionMessage("netAmount: EUR amounts have at most 2 decimals")
                .expectNoEvents();
    }

    @Test
    void aDueDateBeforeTheInvoiceDateIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplierInvoice(new SupplierInvoiceId(invoice), new SupplierId(supplier), "RE-1",
                        "DE01", EUR, INVOICED, INVOICED.minusDays(1), new BigDecimal("10"), BigDecimal.ZERO,
                        new BigDecimal("10"), CLERK))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void theUserWhoRegisteredAnInvoiceMayNotApproveIt() {
        fixture.given(registered("1190.00"))
                .when(new ApproveSupplierInvoice(new SupplierInvoiceId(invoice), CLERK))
                .expectException(BusinessRuleViolation.class)
                .expectException(breaking("segregation-of-duties"))
                .expectNoEvents();
    }

    @Test
    void segregationOfDutiesIsNotDodgedByWritingTheUserNameInOtherCase() {
        fixture.given(registered("1190.00"))
                .when(new ApproveSupplierInvoice(new SupplierInvoiceId(invoice), "Carl.Clerk"))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anotherUserApprovesTheGrossAmountForPayment() {
        fixture.given(registered("1190.00"))
                .when(new ApproveSupplierInvoice(new SupplierInvoiceId(invoice), APPROVER))
                .expectSuccessfulHandlerExecution()
                .expectEvents(approved("1190.00"));
    }

    @Test
    void anInvoiceIsApprovedOnce() {
        fixture.given(registered("1190.00"), approved("1190.00"))
                .when(new ApproveSupplierInvoice(new SupplierInvoiceId(invoice), "bert.approver"))
                .expectException(BusinessRuleViolation.class)
                .expectException(breaking("already-approved"))
                .expectNoEvents();
    }

    @Test
    void anUnapprovedInvoiceCannotBePaid() {
        fixture.given(registered("1190.00"))
                .when(pay("100.00"))
                .expectException(BusinessRuleViolation.class)
                .expectException(breaking("approved-only"))
                .expectNoEvents();
    }

    @Test
    void aPartialPaymentLeavesTheRestOpen() {
        UUID payment = UUID.randomUUID();
        fixture.given(registered("1190.00"), approved("1190.00"))
                .when(pay(payment, "500.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SupplierInvoicePaid(invoice, payment, PAID_ON, new BigDecimal("500.00"),
                        new BigDecimal("690.00")))
                .expectResultMessagePayload(new SupplierPaymentItem(invoice, "RE-2026-0815", new BigDecimal("500.00"),
                        new BigDecimal("690.00")))
                .expectState(state -> {
                    assertThat(state.status()).isEqualTo(SupplierInvoiceStatus.PARTIALLY_PAID);
                    assertThat(state.openAmount().amount()).isEqualByComparingTo("690.00");
                });
    }

    @Test
    void aPaymentAboveTheOpenAmountIsRefused() {
        fixture.given(registered("1190.00"), approved("1190.00"), paid("500.00", "690.00"))
                .when(pay("690.01"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("amount: must not exceed the open amount 690.00 of supplier invoice RE-2026-0815")
                .expectNoEvents();
    }

    @Test
    void payingTheOpenAmountInFullMakesTheInvoicePaid() {
        UUID payment = UUID.randomUUID();
        fixture.given(registered("1190.00"), approved("1190.00"), paid("500.00", "690.00"))
                .when(pay(payment, "690"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new SupplierInvoicePaid(invoice, payment, PAID_ON, new BigDecimal("690.00"),
                        new BigDecimal("0.00")))
                .expectState(state -> assertThat(state.status()).isEqualTo(SupplierInvoiceStatus.PAID));
    }

    @Test
    void aPaidInvoiceIsNeverPaidTwice() {
        fixture.given(registered("1190.00"), approved("1190.00"), paid("1190.00", "0.00"))
                .when(pay("0.01"))
                .expectException(BusinessRuleViolation.class)
                .expectException(breaking("not-above-open-amount"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("open amount 0.00"))
                .expectNoEvents();
    }

    @Test
    void anInvoiceOfAnotherSupplierIsNotPaid() {
        fixture.given(registered("1190.00"), approved("1190.00"))
                .when(new PaySupplierInvoice(new SupplierInvoiceId(invoice), SupplierId.newId(), UUID.randomUUID(),
                        PAID_ON, new BigDecimal("10.00")))
                .expectException(BusinessRuleViolation.class)
                .expectException(breaking("same-supplier"))
                .expectNoEvents();
    }

    @Test
    void aZeroOrNegativePaymentIsRefused() {
        fixture.given(registered("1190.00"), approved("1190.00"))
                .when(pay("0.00"))
                .expectException(breaking("positive"))
                .expectNoEvents();
        fixture.given(registered("1190.00"), approved("1190.00"))
                .when(pay("-5.00"))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    private RegisterSupplierInvoice register(String number, String net, String tax, String gross) {
        return new RegisterSupplierInvoice(new SupplierInvoiceId(invoice), new SupplierId(supplier), number, "DE01",
                EUR, INVOICED, DUE, new BigDecimal(net), new BigDecimal(tax), new BigDecimal(gross), CLERK);
    }

    private SupplierInvoiceRegistered registered(String gross) {
        BigDecimal grossAmount = new BigDecimal(gross);
        BigDecimal tax = new BigDecimal("190.00");
        return new SupplierInvoiceRegistered(invoice, supplier, "RE-2026-0815", "DE01", "EUR", INVOICED, DUE,
                grossAmount.subtract(tax), tax, grossAmount, CLERK);
    }

    private SupplierInvoiceApproved approved(String gross) {
        return new SupplierInvoiceApproved(invoice, supplier, "RE-2026-0815", "DE01", "EUR", new BigDecimal(gross),
                APPROVER);
    }

    private SupplierInvoicePaid paid(String amount, String open) {
        return new SupplierInvoicePaid(invoice, UUID.randomUUID(), PAID_ON, new BigDecimal(amount), new BigDecimal(open));
    }

    private PaySupplierInvoice pay(String amount) {
        return pay(UUID.randomUUID(), amount);
    }

    private PaySupplierInvoice pay(UUID payment, String amount) {
        return new PaySupplierInvoice(new SupplierInvoiceId(invoice), new SupplierId(supplier), payment, PAID_ON,
                new BigDecimal(amount));
    }

    /** A refusal naming this rule. */
    private static org.hamcrest.Matcher<Throwable> breaking(String rule) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable e) {
                return e instanceof ProblemException p && p.violations().stream().anyMatch(v -> rule.equals(v.rule()));
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a refusal naming rule " + rule);
            }
        };
    }
}
