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
import org.o2c.events.invoicing.EarlyPaymentDiscount;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.DeductionRaised;
import org.o2c.events.payments.DiscountGranted;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.ItemWrittenOff;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.PaymentUnapplied;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.events.payments.SettledRest;
import org.o2c.runtime.id.InvoiceId;
import org.o2c.runtime.problem.BusinessRuleViolation;

/** What a payment leaves open on an invoice, settled: discount granted, written off, or kept as a deduction. */
class SettlementDifferencesTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 1);
    private static final LocalDate VALUE_DATE = LocalDate.of(2026, 11, 10);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 12);
    private static final RestOfItem.Tolerance TOLERANCE =
            new RestOfItem.Tolerance(new BigDecimal("5.00"), new BigDecimal("1"));
    private static final List<TaxSubtotal> SHARES = List.of(
            new TaxSubtotal(new BigDecimal("19.00"), new BigDecimal("16.81"), new BigDecimal("3.19")));

    private final UUID customer = UUID.randomUUID();
    private final AccountId account = AccountId.of(customer, EUR);
    private final UUID a = account.value();
    private final UUID invoice = UUID.randomUUID();
    private final UUID payment = UUID.randomUUID();
    private AggregateTestFixture<ReceivableAccount> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(ReceivableAccount.class);
    }

    @Test
    void aPaymentInTimeOfTheInvoiceLessItsDiscountGetsTheDiscountAndSettlesIt() {
        fixture.given(invoice("1000.00", discount("20.00", VALUE_DATE)), received("980.00", "1000.00"))
                .when(allocate("980.00", RestOfItem.discount()))
                .expectEvents(applied("980.00", "20.00", totals("20.00", "0.00")),
                        new DiscountGranted(a, payment, customer, "DE01", "EUR", invoice, "INV-1",
                                new BigDecimal("20.00"), TODAY, SHARES, new BigDecimal("0.00"),
                                totals("0.00", "0.00")),
                        new InvoiceSettled(a, customer, "DE01", "EUR", invoice, "INV-1", TODAY));
    }

    @Test
    void aDiscountIsRefusedWhenNotOfferedTooLateOrNotItsAmount() {
        fixture.given(invoice("1000.00", null), received("980.00", "1000.00"))
                .when(allocate("980.00", RestOfItem.discount()))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("offers no early-payment discount")).expectNoEvents();
        fixture.given(invoice("1000.00", discount("20.00", VALUE_DATE.minusDays(1))), received("980.00", "1000.00"))
                .when(allocate("980.00", RestOfItem.discount()))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("is after the discount's pay-by date")).expectNoEvents();
        fixture.given(invoice("1000.00", discount("20.00", VALUE_DATE)), received("970.00", "1000.00"))
                .when(allocate("970.00", RestOfItem.discount()))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("is not the discount of 20.00")).expectNoEvents();
    }

    @Test
    void aShortPaymentWithinTheToleranceIsWrittenOffAndAboveItRefused() {
        // 1 % of 100.00 is 1.00, less than the 5.00 amount: 1.00 is the limit, reached at equality
        fixture.given(invoice("100.00", null), received("99.00", "100.00"))
                .when(allocate("99.00", RestOfItem.writeOff(TOLERANCE, "short payment within tolerance")))
                .expectEvents(applied("99.00", "1.00", totals("1.00", "0.00")),
                        new ItemWrittenOff(a, payment, customer, "DE01", "EUR", invoice, "INV-1",
                                new BigDecimal("1.00"), TODAY, "short payment within tolerance",
                                new BigDecimal("0.00"), totals("0.00", "0.00")),
                        new InvoiceSettled(a, customer, "DE01", "EUR", invoice, "INV-1", TODAY));
        fixture.given(invoice("100.00", null), received("98.99", "100.00"))
                .when(allocate("98.99", RestOfItem.writeOff(TOLERANCE, "too much")))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("is more than the 1.00 that may be written off"))
                .expectNoEvents();
    }

    @Test
    void aLargerShortPaymentStaysOpenAsADeductionWithTheSameIdEachTime() {
        UUID deduction = UUID.nameUUIDFromBytes(("deduction:" + payment + ":" + invoice)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        fixture.given(invoice("100.00", null), received("60.00", "100.00"))
                .when(allocate("60.00", RestOfItem.deduction("short payment")))
                .expectEvents(applied("60.00", "40.00", totals("40.00", "0.00")),
                        new DeductionRaised(a, deduction, payment, customer, "DE01", "EUR", invoice, "INV-1",
                                new BigDecimal("40.00"), TODAY, "SHORT_PAYMENT", "short payment",
                                new BigDecimal("40.00"), totals("40.00", "0.00")));
    }

    @Test
    void thereMustBeARestToSettle() {
        fixture.given(invoice("100.00", null), received("100.00", "100.00"))
                .when(allocate("100.00", RestOfItem.deduction("nothing left")))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(containsString("there is no rest to settle")).expectNoEvents();
    }

    @Test
    void takingBackTheApplicationReopensTheInvoiceByTheDiscountToo() {
        fixture.given(invoice("1000.00", discount("20.00", VALUE_DATE)), received("980.00", "1000.00"),
                        applied("980.00", "20.00", totals("20.00", "0.00")),
                        new DiscountGranted(a, payment, customer, "DE01", "EUR", invoice, "INV-1",
                                new BigDecimal("20.00"), TODAY, SHARES, new BigDecimal("0.00"),
                                totals("0.00", "0.00")),
                        new InvoiceSettled(a, customer, "DE01", "EUR", invoice, "INV-1", TODAY))
                .when(new UnapplyPayment(account, new PaymentId(payment), 1, TODAY, "wrong customer"))
                .expectEvents(new PaymentUnapplied(a, payment, customer, "DE01", "EUR", 1, invoice, "INV-1",
                        new BigDecimal("980.00"), TODAY, "wrong customer", new BigDecimal("1000.00"),
                        new BigDecimal("980.00"), totals("1000.00", "980.00"),
                        new SettledRest(SettledRest.DISCOUNT, new BigDecimal("20.00"), SHARES)));
    }

    @Test
    void aReturnedPaymentReopensTheInvoiceByTheWriteOffToo() {
        fixture.given(invoice("100.00", null), received("99.00", "100.00"),
                        applied("99.00", "1.00", totals("1.00", "0.00")),
                        new ItemWrittenOff(a, payment, customer, "DE01", "EUR", invoice, "INV-1",
                                new BigDecimal("1.00"), TODAY, "short", new BigDecimal("0.00"),
                                totals("0.00", "0.00")),
                        new InvoiceSettled(a, customer, "DE01", "EUR", invoice, "INV-1", TODAY))
                .when(new ReturnPayment(account, new PaymentId(payment), "AC04 account closed", TODAY))
                .expectEvents(new PaymentReturned(a, payment, customer, "DE01", "EUR", new BigDecimal("99.00"),
                        TODAY, "AC04 account closed", List.of(new ReopenedItem(invoice, "INV-1",
                                new BigDecimal("99.00"), new BigDecimal("100.00"),
                                new SettledRest(SettledRest.WRITE_OFF, new BigDecimal("1.00"), List.of()))),
                        new BigDecimal("0.00"), totals("100.00", "0.00"), null));
    }

    private static EarlyPaymentDiscount discount(String amount, LocalDate payBy) {
        return new EarlyPaymentDiscount(new BigDecimal("2.00"), payBy, new BigDecimal(amount), SHARES);
    }

    private OpenItemRecorded invoice(String gross, EarlyPaymentDiscount discount) {
        return new OpenItemRecorded(a, customer, "DE01", "EUR", invoice, "INV-1", ISSUED, ISSUED.plusDays(30),
                new BigDecimal(gross), new BigDecimal(gross), totals(gross, "0.00"), discount);
    }

    private PaymentReceived received(String amount, String open) {
        return new PaymentReceived(a, payment, customer, "DE01", "EUR", new BigDecimal(amount), VALUE_DATE, null,
                totals(open, amount), null);
    }

    private AllocatePayment allocate(String amount, RestOfItem rest) {
        return new AllocatePayment(account, new PaymentId(payment),
                List.of(new Allocation(new InvoiceId(invoice), new BigDecimal(amount), rest)), TODAY);
    }

    private PaymentApplied applied(String amount, String openAfter, AccountTotals totals) {
        return new PaymentApplied(a, payment, customer, "DE01", "EUR", invoice, "INV-1", new BigDecimal(amount),
                TODAY, false, new BigDecimal(openAfter), new BigDecimal("0.00"), totals);
    }

    private static AccountTotals totals(String open, String unapplied) {
        BigDecimal balance = new BigDecimal(open).subtract(new BigDecimal(unapplied));
        return new AccountTotals(new BigDecimal(open), new BigDecimal(unapplied), new BigDecimal("0.00"), balance);
    }
}
