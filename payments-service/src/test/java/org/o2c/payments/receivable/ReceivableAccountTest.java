package org.o2c.payments.receivable;

import static org.hamcrest.Matchers.containsString;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentUnapplied;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;

class ReceivableAccountTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate ISSUED = LocalDate.of(2026, 10, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 10, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final UUID customer = UUID.randomUUID();
    private final AccountId account = AccountId.of(customer, EUR);
    private final UUID a = account.value();
    private final UUID invoice1 = UUID.randomUUID();
    private final UUID invoice2 = UUID.randomUUID();
    private final UUID payment = UUID.randomUUID();
    private AggregateTestFixture<ReceivableAccount> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ReceivableAccount.class);
    }

    @Test
    void theAccountIdIsTheSameForTheSameCustomerAndCurrencyOnly() {
        org.assertj.core.api.Assertions.assertThat(AccountId.of(customer, EUR)).isEqualTo(account);
        org.assertj.core.api.Assertions.assertThat(AccountId.of(customer, Currency.getInstance("USD")))
                .isNotEqualTo(account);
    }

    @Test
    void anIssuedInvoiceBecomesAnOpenItemAndOpensTheAccount() {
        fixture.givenNoPriorActivity()
                .when(recordInvoice(invoice1, "INV-2026-000001", "100.00"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")));
    }

    @Test
    void anInvoiceDeliveredTwiceIsRecordedOnce() {
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")))
                .when(recordInvoice(invoice1, "INV-2026-000001", "100.00"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aCreditNoteReducesItsInvoiceAndWhatExceedsTheOpenAmountBecomesCredit() {
        UUID creditNote = UUID.randomUUID();
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        received(payment, "70.00", "", totals("100.00", "70.00", "0.00")),
                        applied(payment, invoice1, "INV-2026-000001", "70.00", false, "30.00", "0.00",
                                totals("30.00", "0.00", "0.00")))
                .when(new ApplyCreditNote(account, creditNote, "CN-2026-000001", new InvoiceId(invoice1), TODAY,
                        new BigDecimal("50.00")))
                .expectEvents(new CreditNoteApplied(a, customer, "DE01", "EUR", creditNote, "CN-2026-000001", invoice1,
                                "INV-2026-000001", TODAY, new BigDecimal("50.00"), new BigDecimal("30.00"),
                                new BigDecimal("20.00"), new BigDecimal("0.00"), totals("0.00", "0.00", "20.00")),
                        new InvoiceSettled(a, customer, "DE01", "EUR", invoice1, "INV-2026-000001", TODAY));
    }

    @Test
    void aPartialCreditNoteLeavesTheRestOpenAndACreditNoteDeliveredTwiceTakesEffectOnce() {
        UUID creditNote = UUID.randomUUID();
        CreditNoteApplied credited = new CreditNoteApplied(a, customer, "DE01", "EUR", creditNote, "CN-2026-000002",
                invoice1, "INV-2026-000001", TODAY, new BigDecimal("40.00"), new BigDecimal("40.00"),
                new BigDecimal("0.00"), new BigDecimal("60.00"), totals("60.00", "0.00", "0.00"));
        ApplyCreditNote command = new ApplyCreditNote(account, creditNote, "CN-2026-000002", new InvoiceId(invoice1),
                TODAY, new BigDecimal("40.00"));
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")))
                .when(command)
                .expectEvents(credited);
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        credited)
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aPaymentBeforeAnyInvoiceIsAnAdvanceOnANewAccount() {
        fixture.givenNoPriorActivity()
                .when(receive(payment, "250.00", "advance for order 7781"))
                .expectEvents(received(payment, "250.00", "advance for order 7781", totals("0.00", "250.00", "0.00")));
    }

    @Test
    void aPaymentNamingOpenInvoicesItCoversIsAppliedToEachInFullAndTheRestStaysUnapplied() {
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        invoiceRecorded(invoice2, "INV-2026-000002", "50.00", totals("150.00", "0.00", "0.00")))
                .when(receive(payment, "160.00", "inv-2026-000002; INV-2026-000001, INV-2026-999999"))
                .expectEvents(received(payment, "160.00", "inv-2026-000002; INV-2026-000001, INV-2026-999999",
                                totals("150.00", "160.00", "0.00")),
                        applied(payment, invoice2, "INV-2026-000002", "50.00", true, "0.00", "110.00",
                                totals("100.00", "110.00", "0.00")),
                        settled(invoice2, "INV-2026-000002", TODAY.minusDays(1)),
                        applied(payment, invoice1, "INV-2026-000001", "100.00", true, "0.00", "10.00",
                                totals("0.00", "10.00", "0.00")),
                        settled(invoice1, "INV-2026-000001", TODAY.minusDays(1)));
    }

    @Test
    void aPaymentShortOfTheInvoicesItNamesIsLeftForAClerkToApply() {
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        invoiceRecorded(invoice2, "INV-2026-000002", "50.00", totals("150.00", "0.00", "0.00")))
                .when(receive(payment, "149.99", "INV-2026-000001 INV-2026-000002"))
                .expectEvents(received(payment, "149.99", "INV-2026-000001 INV-2026-000002",
                        totals("150.00", "149.99", "0.00")));
    }

    @Test
    void aPaymentOfZeroOrWithMoreDecimalsThanTheCurrencyIsRefused() {
        fixture.givenNoPriorActivity().when(receive(payment, "0.00", null))
                .expectException(BusinessRuleViolation.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(receive(payment, "10.001", null))
                .expectException(ProblemException.class).expectNoEvents();
    }

    @Test
    void anAllocationAppliesThePaymentAndSettlesTheInvoiceItCloses() {
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        invoiceRecorded(invoice2, "INV-2026-000002", "50.00", totals("150.00", "0.00", "0.00")),
                        received(payment, "120.00", "", totals("150.00", "120.00", "0.00")))
                .when(allocate(payment, invoice1, "100.00", invoice2, "20.00"))
                .expectEvents(applied(payment, invoice1, "INV-2026-000001", "100.00", false, "0.00", "20.00",
                                totals("50.00", "20.00", "0.00")),
                        settled(invoice1, "INV-2026-000001", TODAY),
                        applied(payment, invoice2, "INV-2026-000002", "20.00", false, "30.00", "0.00",
                                totals("30.00", "0.00", "0.00")));
    }

    @Test
    void anApplicationTakenBackReopensItsInvoiceAndLeavesThePaymentUnappliedOnce() {
        PaymentApplied first = applied(payment, invoice1, "INV-2026-000001", "100.00", false, "0.00", "20.00",
                totals("50.00", "20.00", "0.00"));
        PaymentApplied second = applied(payment, invoice2, "INV-2026-000002", "20.00", false, "30.00", "0.00",
                totals("30.00", "0.00", "0.00"));
        PaymentUnapplied takenBack = new PaymentUnapplied(a, payment, customer, "DE01", "EUR", 1, invoice1,
                "INV-2026-000001", new BigDecimal("100.00"), TODAY, "applied to the wrong invoice",
                new BigDecimal("100.00"), new BigDecimal("100.00"), totals("130.00", "100.00", "0.00"), null);
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        invoiceRecorded(invoice2, "INV-2026-000002", "50.00", totals("150.00", "0.00", "0.00")),
                        received(payment, "120.00", "", totals("150.00", "120.00", "0.00")), first,
                        settled(invoice1, "INV-2026-000001", TODAY), second)
                .when(new UnapplyPayment(account, new PaymentId(payment), 1, TODAY.minusDays(3),
                        "applied to the wrong invoice"))
                .expectEvents(takenBack);
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        invoiceRecorded(invoice2, "INV-2026-000002", "50.00", totals("150.00", "0.00", "0.00")),
                        received(payment, "120.00", "", totals("150.00", "120.00", "0.00")), first,
                        settled(invoice1, "INV-2026-000001", TODAY), second, takenBack)
                .when(new UnapplyPayment(account, new PaymentId(payment), 1, TODAY, "again"))
                .expectException(ProblemException.class).expectExceptionMessage(
                        containsString("was already taken back")).expectNoEvents();
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        received(payment, "120.00", "", totals("100.00", "120.00", "0.00")))
                .when(new UnapplyPayment(account, new PaymentId(payment), 1, TODAY, "nothing applied"))
                .expectException(ProblemException.class).expectExceptionMessage(
                        containsString("has 0 applications")).expectNoEvents();
    }

    @Test
    void anAllocationAboveTheInvoicesOpenAmountIsRefused() {
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        received(payment, "500.00", "", totals("100.00", "500.00", "0.00")))
                .when(allocate(payment, invoice1, "100.01"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("allocations[0].amount: 100.01 EUR is more than the 100.00 EUR still open "
                        + "on INV-2026-000001")
                .expectNoEvents();
    }

    @Test
    void allocationsTogetherAboveThePaymentsUnappliedAmountAreRefused() {
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        invoiceRecorded(invoice2, "INV-2026-000002", "50.00", totals("150.00", "0.00", "0.00")),
                        received(payment, "120.00", "", totals("150.00", "120.00", "0.00")))
                .when(allocate(payment, invoice1, "100.00", invoice2, "20.01"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("allocations: together 120.01 EUR is more than the payment's unapplied "
                        + "120.00 EUR")
                .expectNoEvents();
    }

    @Test
    void anInvoiceNotOfThisAccountTheSameInvoiceTwiceAndAZeroAmountAreRefused() {
        Object[] given = {invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                received(payment, "120.00", "", totals("100.00", "120.00", "0.00"))};
        fixture.given(given).when(allocate(payment, UUID.randomUUID(), "10.00"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("not an open item of this payment's"))
                .expectNoEvents();
        fixture.given(given).when(allocate(payment, invoice1, "10.00", invoice1, "10.00"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("allocations[1].invoiceId"))
                .expectNoEvents();
        fixture.given(given).when(allocate(payment, invoice1, "0.00"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage("allocations[0].amount: must be greater than 0")
                .expectNoEvents();
    }

    @Test
    void anUnknownPaymentIsNotFound() {
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")))
                .when(allocate(payment, invoice1, "10.00"))
                .expectException(ProblemException.class)
                .expectNoEvents();
    }

    @Test
    void aReturnedPaymentReopensWhatItSettledRemovesItsUnappliedRestAndCannotBeAppliedOrReturnedAgain() {
        PaymentReturned returned = new PaymentReturned(a, payment, customer, "DE01", "EUR", new BigDecimal("120.00"),
                TODAY, "insufficient funds",
                List.of(new ReopenedItem(invoice1, "INV-2026-000001", new BigDecimal("100.00"),
                                new BigDecimal("100.00")),
                        new ReopenedItem(invoice2, "INV-2026-000002", new BigDecimal("10.00"), new BigDecimal("50.00"))),
                new BigDecimal("10.00"), totals("150.00", "0.00", "0.00"), null);
        Object[] history = {invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                invoiceRecorded(invoice2, "INV-2026-000002", "50.00", totals("150.00", "0.00", "0.00")),
                received(payment, "120.00", "", totals("150.00", "120.00", "0.00")),
                applied(payment, invoice1, "INV-2026-000001", "100.00", false, "0.00", "20.00",
                        totals("50.00", "20.00", "0.00")),
                settled(invoice1, "INV-2026-000001", TODAY),
                applied(payment, invoice2, "INV-2026-000002", "10.00", false, "40.00", "10.00",
                        totals("40.00", "10.00", "0.00"))};
        fixture.given(history)
                .when(new ReturnPayment(account, new PaymentId(payment), "insufficient funds", TODAY))
                .expectEvents(returned);

        Object[] afterReturn = java.util.stream.Stream.concat(java.util.Arrays.stream(history),
                java.util.stream.Stream.of(returned)).toArray();
        fixture.given(afterReturn)
                .when(new ReturnPayment(account, new PaymentId(payment), "again", TODAY))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("was already returned"))
                .expectNoEvents();
        fixture.given(afterReturn)
                .when(allocate(payment, invoice2, "1.00"))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("was returned and cannot be applied"))
                .expectNoEvents();
    }

    @Test
    void aPaymentCannotBeReturnedBeforeItsValueDate() {
        fixture.given(received(payment, "120.00", "", totals("0.00", "120.00", "0.00")))
                .when(new ReturnPayment(account, new PaymentId(payment), "early", TODAY.minusDays(2)))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aReturnIsNeverDatedBeforeTheApplicationItUndoes() {
        fixture.given(invoiceRecorded(invoice1, "INV-2026-000001", "100.00", totals("100.00", "0.00", "0.00")),
                        received(payment, "120.00", "", totals("100.00", "120.00", "0.00")),
                        applied(payment, invoice1, "INV-2026-000001", "100.00", false, "0.00", "20.00",
                                totals("0.00", "20.00", "0.00")))
                // received the day before, applied today: returned on the value date it would reopen the invoice
                // for a day on which it was paid
                .when(new ReturnPayment(account, new PaymentId(payment), "insufficient funds", TODAY.minusDays(1)))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("was applied on " + TODAY))
                .expectNoEvents();
    }

    @Test
    void anApplicationIsNeverDatedBeforeTheInvoiceItSettles() {
        UUID later = UUID.randomUUID();
        fixture.given(new OpenItemRecorded(a, customer, "DE01", "EUR", later, "INV-2026-000009", TODAY.plusDays(3),
                        TODAY.plusDays(33), new BigDecimal("50.00"), new BigDecimal("50.00"),
                        totals("50.00", "0.00", "0.00")))
                .when(receive(payment, "50.00", "INV-2026-000009"))
                .expectEvents(received(payment, "50.00", "INV-2026-000009", totals("50.00", "50.00", "0.00")),
                        new PaymentApplied(a, payment, customer, "DE01", "EUR", later, "INV-2026-000009",
                                new BigDecimal("50.00"), TODAY.plusDays(3), true, new BigDecimal("0.00"),
                                new BigDecimal("0.00"), totals("0.00", "0.00", "0.00")),
                        settled(later, "INV-2026-000009", TODAY.plusDays(3)));
    }

    private RecordOpenItem recordInvoice(UUID invoiceId, String number, String gross) {
        return new RecordOpenItem(account, new CustomerId(customer), "DE01", EUR, new InvoiceId(invoiceId), number,
                ISSUED, DUE, new BigDecimal(gross));
    }

    private ReceivePayment receive(UUID paymentId, String amount, String reference) {
        return new ReceivePayment(account, new PaymentId(paymentId), new CustomerId(customer), "DE01", EUR,
                new BigDecimal(amount), TODAY.minusDays(1), reference);
    }

    private AllocatePayment allocate(UUID paymentId, Object... invoiceAndAmount) {
        List<Allocation> allocations = new java.util.ArrayList<>();
        for (int i = 0; i < invoiceAndAmount.length; i += 2) {
            allocations.add(new Allocation(new InvoiceId((UUID) invoiceAndAmount[i]),
                    new BigDecimal((String) invoiceAndAmount[i + 1])));
        }
        return new AllocatePayment(account, new PaymentId(paymentId), allocations, TODAY);
    }

    private OpenItemRecorded invoiceRecorded(UUID invoiceId, String number, String gross, AccountTotals totals) {
        return new OpenItemRecorded(a, customer, "DE01", "EUR", invoiceId, number, ISSUED, DUE, new BigDecimal(gross),
                new BigDecimal(gross), totals);
    }

    private PaymentReceived received(UUID paymentId, String amount, String reference, AccountTotals totals) {
        return new PaymentReceived(a, paymentId, customer, "DE01", "EUR", new BigDecimal(amount), TODAY.minusDays(1),
                reference, totals, null);
    }

    private PaymentApplied applied(UUID paymentId, UUID invoiceId, String number, String amount, boolean automatic,
                                   String openAfter, String unappliedAfter, AccountTotals totals) {
        // an application made when the payment arrives takes its value date; a later one its own date
        return new PaymentApplied(a, paymentId, customer, "DE01", "EUR", invoiceId, number, new BigDecimal(amount),
                automatic ? TODAY.minusDays(1) : TODAY, automatic, new BigDecimal(openAfter),
                new BigDecimal(unappliedAfter), totals);
    }

    private InvoiceSettled settled(UUID invoiceId, String number, LocalDate on) {
        return new InvoiceSettled(a, customer, "DE01", "EUR", invoiceId, number, on);
    }

    private static AccountTotals totals(String open, String unapplied, String credit) {
        BigDecimal balance = new BigDecimal(open).subtract(new BigDecimal(unapplied)).subtract(new BigDecimal(credit));
        return new AccountTotals(new BigDecimal(open), new BigDecimal(unapplied), new BigDecimal(credit), balance);
    }
}
