package org.o2c.payables.supplierinvoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.o2c.events.payables.SupplierInvoiceApproved;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.payables.supplier.SupplierId;

/**
 * Invariant 8 of ARCHITECTURE under any sequence of approvals and payments, run through the real aggregate:
 * what is paid never exceeds the approved gross, the open amount never falls below zero, nothing is paid before
 * another user approved, and each command's outcome agrees with an independent reckoning.
 */
class SupplierInvoiceProperties {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final String REGISTERED_BY = "carl.clerk";
    private static final LocalDate INVOICED = LocalDate.of(2026, 11, 2);

    /** One thing a user tries to do to the invoice. */
    sealed interface Attempt permits Approve, Pay, PayTheRest {
    }

    record Approve(String user) implements Attempt {
    }

    /** Pay a share of the gross (in per mille, above 1000 means more than the gross), possibly as another supplier. */
    record Pay(int perMille, boolean ofAnotherSupplier) implements Attempt {
    }

    record PayTheRest() implements Attempt {
    }

    @Property
    void paidNeverExceedsTheApprovedGrossAndOpenNeverFallsBelowZero(
            @ForAll("grossAmounts") BigDecimal gross, @ForAll("attempts") @Size(max = 12) List<Attempt> attempts) {
        UUID invoice = UUID.randomUUID();
        UUID supplier = UUID.randomUUID();
        List<Object> history = new ArrayList<>();
        history.add(new SupplierInvoiceRegistered(invoice, supplier, "RE-1", "DE01", "EUR", INVOICED, INVOICED,
                gross, BigDecimal.ZERO.setScale(2), gross, REGISTERED_BY));
        boolean approved = false;
        BigDecimal paid = BigDecimal.ZERO;

        for (Attempt attempt : attempts) {
            BigDecimal open = gross.subtract(paid);
            Object command;
            boolean allowed;
            BigDecimal amount = null;
            if (attempt instanceof Approve approve) {
                command = new ApproveSupplierInvoice(new SupplierInvoiceId(invoice), approve.user());
                allowed = !approved && !approve.user().equalsIgnoreCase(REGISTERED_BY);
            } else {
                boolean ownSupplier = !(attempt instanceof Pay pay && pay.ofAnotherSupplier());
                amount = attempt instanceof Pay pay
                        ? gross.multiply(BigDecimal.valueOf(pay.perMille())).movePointLeft(3)
                        .setScale(2, java.math.RoundingMode.DOWN)
                        : open;
                command = new PaySupplierInvoice(new SupplierInvoiceId(invoice),
                        new SupplierId(ownSupplier ? supplier : UUID.randomUUID()), UUID.randomUUID(),
                        INVOICED.plusDays(10), amount);
                allowed = approved && ownSupplier && amount.signum() > 0 && amount.compareTo(open) <= 0;
            }

            List<Object> produced = run(history, command);

            assertThat(produced).as("%s with %s paid of %s, approved %s", attempt, paid, gross, approved)
                    .hasSize(allowed ? 1 : 0);
            for (Object event : produced) {
                if (event instanceof SupplierInvoiceApproved a) {
                    assertThat(a.approvedBy()).isNotEqualToIgnoringCase(REGISTERED_BY);
                    assertThat(a.approvedAmount()).isEqualByComparingTo(gross);
                    approved = true;
                } else if (event instanceof SupplierInvoicePaid p) {
                    assertThat(approved).as("paid only once approved").isTrue();
                    assertThat(p.amount()).isEqualByComparingTo(amount);
                    paid = paid.add(p.amount());
                    assertThat(p.openAmount()).as("open after the payment").isEqualByComparingTo(gross.subtract(paid));
                } else {
                    throw new AssertionError("unexpected event " + event);
                }
                history.add(event);
            }
            assertThat(paid).as("paid never exceeds the approved gross").isLessThanOrEqualTo(gross);
            assertThat(gross.subtract(paid).signum()).as("open never below zero").isGreaterThanOrEqualTo(0);
        }
    }

    /** The events the aggregate, rebuilt from its history, applies for one command; none when it refuses. */
    private static List<Object> run(List<Object> history, Object command) {
        List<Object> produced = new ArrayList<>();
        new AggregateTestFixture<>(SupplierInvoice.class)
                .given(history)
                .when(command)
                .expectEventsMatching(new BaseMatcher<List<EventMessage<?>>>() {
                    @Override
                    public boolean matches(Object actual) {
                        for (Object message : (List<?>) actual) {
                            produced.add(((EventMessage<?>) message).getPayload());
                        }
                        return true;
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("any events");
                    }
                });
        return produced;
    }

    @Provide
    Arbitrary<BigDecimal> grossAmounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000000")).ofScale(2);
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<Attempt> approve = Arbitraries.of("carl.clerk", "CARL.CLERK", "anna.approver", "bert.approver")
                .map(Approve::new);
        Arbitrary<Attempt> pay = net.jqwik.api.Combinators.combine(
                        Arbitraries.integers().between(-10, 1200), Arbitraries.of(false, false, false, true))
                .as(Pay::new);
        Arbitrary<Attempt> payTheRest = Arbitraries.just(new PayTheRest());
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(2, approve), net.jqwik.api.Tuple.of(6, pay),
                        net.jqwik.api.Tuple.of(1, payTheRest))
                .list();
    }
}
