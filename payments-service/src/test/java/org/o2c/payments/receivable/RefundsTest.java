package org.o2c.payments.receivable;

import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.CreditBalanceApplied;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.RefundIssued;
import org.o2c.events.payments.RefundRejected;
import org.o2c.events.payments.RefundRequested;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;

/** Money going back to a customer, and a credit balance used like cash: the account's rules. */
class RefundsTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final BigDecimal THRESHOLD = new BigDecimal("100.00");

    private final UUID customer = UUID.randomUUID();
    private final AccountId account = AccountId.of(customer, EUR);
    private final UUID a = account.value();
    private final UUID payment = UUID.randomUUID();
    private final UUID invoice = UUID.randomUUID();
    private AggregateTestFixture<ReceivableAccount> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ReceivableAccount.class);
    }

    @Test
    void aRefundWithinTheThresholdIsIssuedAtOnceFromThePaymentsUnappliedCash() {
        UUID refund = UUID.randomUUID();
        fixture.given(received("150.00"))
                .when(request(refund, payment, "100.00", "mia"))
                .expectEvents(new RefundIssued(a, refund, customer, "DE01", "EUR", RefundIssued.UNAPPLIED_CASH,
                        payment, new BigDecimal("100.00"), DAY, "DE89…3000", "overpaid", "mia", null,
                        new BigDecimal("50.00"), totals("0.00", "50.00", "0.00")));
    }

    @Test
    void refundsSplitInPartsNeedTheSecondPersonAsTheWholeWould() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        fixture.given(received("150.00"), new RefundIssued(a, first, customer, "DE01", "EUR",
                        RefundIssued.UNAPPLIED_CASH, payment, new BigDecimal("60.00"), DAY, "DE89…3000", "overpaid",
                        "mia", null, new BigDecimal("90.00"), totals("0.00", "90.00", "0.00")))
                .when(request(second, payment, "60.00", "mia"))
                .expectEvents(new RefundRequested(a, second, customer, "DE01", "EUR", RefundIssued.UNAPPLIED_CASH,
                        payment, new BigDecimal("60.00"), "DE89…3000", "overpaid", "mia", DAY));
        // next month, one person may refund up to the threshold again
        fixture.given(received("150.00"), new RefundIssued(a, first, customer, "DE01", "EUR",
                        RefundIssued.UNAPPLIED_CASH, payment, new BigDecimal("60.00"), DAY.minusMonths(1),
                        "DE89…3000", "overpaid", "mia", null, new BigDecimal("90.00"),
                        totals("0.00", "90.00", "0.00")))
                .when(request(second, payment, "60.00", "mia"))
                .expectEvents(new RefundIssued(a, second, customer, "DE01", "EUR", RefundIssued.UNAPPLIED_CASH,
                        payment, new BigDecimal("60.00"), DAY, "DE89…3000", "overpaid", "mia", null,
                        new BigDecimal("30.00"), totals("0.00", "30.00", "0.00")));
    }

    @Test
    void theRequesterCannotApproveAnotherManagerCanAndOnlyOnce() {
        UUID refund = UUID.randomUUID();
        RefundRequested requested = new RefundRequested(a, refund, customer, "DE01", "EUR",
                RefundIssued.UNAPPLIED_CASH, payment, new BigDecimal("120.00"), "DE89…3000", "overpaid", "mia",
                DAY);
        fixture.given(received("150.00"), requested)
                .when(new DecideRefund(account, refund, true, "MIA", null, DAY))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("cannot approve it")).expectNoEvents();
        RefundIssued issued = new RefundIssued(a, refund, customer, "DE01", "EUR", RefundIssued.UNAPPLIED_CASH,
                payment, new BigDecimal("120.00"), DAY.plusDays(1), "DE89…3000", "overpaid", "mia", "max",
                new BigDecimal("30.00"), totals("0.00", "30.00", "0.00"));
        fixture.given(received("150.00"), requested)
                .when(new DecideRefund(account, refund, true, "max", null, DAY.plusDays(1)))
                .expectEvents(issued);
        fixture.given(received("150.00"), requested, issued)
                .when(new DecideRefund(account, refund, true, "max", null, DAY.plusDays(1)))
                .expectException(ProblemException.class)
                .expectExceptionMessage(containsString("is not waiting for a decision")).expectNoEvents();
        fixture.given(received("150.00"), requested)
                .when(new DecideRefund(account, refund, false, "max", "not the customer's account", DAY))
                .expectEvents(new RefundRejected(a, refund, customer, "DE01", "max", "not the customer's account"));
    }

    @Test
    void notMoreThanIsThereAndNotFromAReturnedPayment() {
        fixture.given(received("150.00"))
                .when(request(UUID.randomUUID(), payment, "150.01", "mia"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("is more than the payment's unapplied 150.00 EUR"));
        fixture.given(received("150.00"))
                .when(request(UUID.randomUUID(), null, "0.01", "mia"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("is more than the account's credit balance of 0.00 EUR"));
    }

    @Test
    void aPaymentPartOfWhichWasRefundedIsNotReturnedByTheAccountAlone() {
        fixture.given(received("150.00"), new RefundIssued(a, UUID.randomUUID(), customer, "DE01", "EUR",
                        RefundIssued.UNAPPLIED_CASH, payment, new BigDecimal("50.00"), DAY, "DE89…3000", "overpaid",
                        "mia", null, new BigDecimal("100.00"), totals("0.00", "100.00", "0.00")))
                .when(new ReturnPayment(account, new PaymentId(payment), "AC04", DAY))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("was refunded to the customer")).expectNoEvents();
    }

    @Test
    void aCreditBalanceIsAppliedToALaterInvoiceOrRefunded() {
        UUID creditNote = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        OpenItemRecorded first = item(invoice, "INV-1", "100.00", totals("100.00", "0.00", "0.00"));
        CreditNoteApplied credited = new CreditNoteApplied(a, customer, "DE01", "EUR", creditNote, "CN-1", invoice,
                "INV-1", DAY, new BigDecimal("130.00"), new BigDecimal("100.00"), new BigDecimal("30.00"),
                new BigDecimal("0.00"), totals("0.00", "0.00", "30.00"));
        OpenItemRecorded second = item(later, "INV-2", "50.00", totals("50.00", "0.00", "30.00"));
        fixture.given(first, credited, second)
                .when(new ApplyCreditBalance(account, new InvoiceId(later), new BigDecimal("30.00"), DAY))
                .expectEvents(new CreditBalanceApplied(a, customer, "DE01", "EUR", later, "INV-2",
                        new BigDecimal("30.00"), DAY, new BigDecimal("20.00"), totals("20.00", "0.00", "0.00")));
        fixture.given(first, credited, second)
                .when(new ApplyCreditBalance(account, new InvoiceId(later), new BigDecimal("30.01"), DAY))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("credit balance of 30.00 EUR"));
        UUID refund = UUID.randomUUID();
        fixture.given(first, credited, second)
                .when(request(refund, null, "30.00", "mia"))
                .expectEvents(new RefundIssued(a, refund, customer, "DE01", "EUR", RefundIssued.CREDIT_BALANCE, null,
                        new BigDecimal("30.00"), DAY, "DE89…3000", "overpaid", "mia", null, null,
                        totals("50.00", "0.00", "0.00")));
        // settled when the credit balance takes the rest
        fixture.given(first, credited, item(later, "INV-2", "30.00", totals("30.00", "0.00", "30.00")))
                .when(new ApplyCreditBalance(account, new InvoiceId(later), new BigDecimal("30.00"), DAY))
                .expectEvents(new CreditBalanceApplied(a, customer, "DE01", "EUR", later, "INV-2",
                        new BigDecimal("30.00"), DAY, new BigDecimal("0.00"), totals("0.00", "0.00", "0.00")),
                        new InvoiceSettled(a, customer, "DE01", "EUR", later, "INV-2", DAY));
    }

    private RequestRefund request(UUID refund, UUID fromPayment, String amount, String user) {
        return new RequestRefund(account, refund, fromPayment == null ? null : new PaymentId(fromPayment),
                new BigDecimal(amount), "DE89…3000", "overpaid", user, DAY, THRESHOLD);
    }

    private PaymentReceived received(String amount) {
        return new PaymentReceived(a, payment, customer, "DE01", "EUR", new BigDecimal(amount), DAY.minusDays(1),
                null, totals("0.00", amount, "0.00"), null);
    }

    private OpenItemRecorded item(UUID id, String number, String gross, AccountTotals totals) {
        return new OpenItemRecorded(a, customer, "DE01", "EUR", id, number, DAY.minusDays(10), DAY.plusDays(20),
                new BigDecimal(gross), new BigDecimal(gross), totals);
    }

    private static AccountTotals totals(String open, String unapplied, String credit) {
        BigDecimal balance = new BigDecimal(open).subtract(new BigDecimal(unapplied)).subtract(new BigDecimal(credit));
        return new AccountTotals(new BigDecimal(open), new BigDecimal(unapplied), new BigDecimal(credit), balance);
    }
}
