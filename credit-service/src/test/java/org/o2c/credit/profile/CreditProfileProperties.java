package org.o2c.credit.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
import org.o2c.events.credit.CreditHoldPlaced;
import org.o2c.events.credit.CreditHoldReleased;
import org.o2c.events.credit.CreditLimitBreached;
import org.o2c.events.credit.CreditLimitChanged;
import org.o2c.runtime.id.CustomerId;

/**
 * For any sequence of exposure updates, limit changes (some above the approval threshold) and approvals, the
 * profile publishes one CreditLimitBreached per upward crossing of the limit and is on hold exactly while
 * exposure is above the limit in force; no limit goes further than the threshold past the last one a second person
 * approved. The expected figures come from a plain model of the rules.
 */
class CreditProfileProperties {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BigDecimal THRESHOLD = new BigDecimal("500");

    /** One thing that can happen to a profile. */
    sealed interface Step permits ExposureChanges, LimitRequested, RaiseApproved {
    }

    record ExposureChanges(BigDecimal exposure) implements Step {
    }

    record LimitRequested(BigDecimal limit) implements Step {
    }

    record RaiseApproved() implements Step {
    }

    @Property
    void breachesCountUpwardCrossingsAndHoldFollowsTheRule(@ForAll("steps") @Size(max = 40) List<Step> steps) {
        UUID id = UUID.randomUUID();
        CustomerId customer = new CustomerId(id);
        AggregateTestFixture<CreditProfile> fixture = new AggregateTestFixture<>(CreditProfile.class);
        List<Object> history = new ArrayList<>();
        // the model
        BigDecimal limit = null;
        BigDecimal pending = null;
        // the four-eyes baseline: the last limit petra approved, or a lower one set since
        BigDecimal approved = BigDecimal.ZERO;
        BigDecimal exposure = BigDecimal.ZERO;
        boolean wasAbove = false;
        int crossings = 0;

        for (Step step : steps) {
            Object command = null;
            if (step instanceof ExposureChanges change) {
                exposure = change.exposure();
                if (limit != null) {
                    command = new RecordExposure(customer, EUR, exposure);
                }
            } else if (step instanceof LimitRequested request) {
                command = new SetCreditLimit(customer, "DE01", EUR, request.limit(), exposure, THRESHOLD, "carl");
                if (request.limit().subtract(approved).compareTo(THRESHOLD) <= 0) {
                    if (limit == null || request.limit().compareTo(limit) != 0) {
                        limit = request.limit();
                        approved = approved.min(limit);
                        pending = null;
                    }
                } else {
                    if (limit == null) {
                        limit = BigDecimal.ZERO;
                    }
                    pending = request.limit();
                }
            } else if (pending != null) {
                command = new ApprovePendingLimitChange(customer, "petra", exposure);
                limit = pending;
                approved = pending;
                pending = null;
            }
            if (command != null) {
                history.addAll(run(fixture, history, command));
            }
            boolean above = limit != null && exposure.compareTo(limit) > 0;
            if (above && !wasAbove) {
                crossings++;
            }
            wasAbove = above;
            assertThat(onHold(history)).as("on hold after %s", step).isEqualTo(above);
            assertThat(limitInForce(history)).as("limit in force after %s", step)
                    .isEqualByComparingTo(limit == null ? BigDecimal.ONE.negate() : limit);
            assertThat(limitInForce(history)).as("carl alone never goes past petra's last approval by more "
                    + "than the threshold").isLessThanOrEqualTo(approved.add(THRESHOLD));
        }

        assertThat(history.stream().filter(CreditLimitBreached.class::isInstance).count())
                .as("breaches").isEqualTo(crossings);
        assertThat(history.stream().filter(CreditHoldPlaced.class::isInstance).count())
                .as("holds placed").isEqualTo(crossings);
    }

    /** The limit of the last CreditLimitChanged; -1 before the first. */
    private static BigDecimal limitInForce(List<Object> history) {
        BigDecimal limit = BigDecimal.ONE.negate();
        for (Object event : history) {
            if (event instanceof CreditLimitChanged changed) {
                limit = changed.newLimit();
            }
        }
        return limit;
    }

    private static boolean onHold(List<Object> history) {
        boolean onHold = false;
        for (Object event : history) {
            if (event instanceof CreditHoldPlaced) {
                onHold = true;
            } else if (event instanceof CreditHoldReleased) {
                onHold = false;
            }
        }
        return onHold;
    }

    /** Runs one command against the profile rebuilt from the history so far; returns the events it applied. */
    private static List<Object> run(AggregateTestFixture<CreditProfile> fixture, List<Object> history,
                                    Object command) {
        List<Object> applied = new ArrayList<>();
        (history.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(history))
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(new BaseMatcher<List<EventMessage<?>>>() {
                    @Override
                    public boolean matches(Object events) {
                        for (Object event : (List<?>) events) {
                            applied.add(((EventMessage<?>) event).getPayload());
                        }
                        return true;
                    }

                    @Override
                    public void describeTo(Description description) {
                        description.appendText("any events");
                    }
                });
        return applied;
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<BigDecimal> amounts = Arbitraries.integers().between(0, 2000).map(BigDecimal::valueOf);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, amounts.map(ExposureChanges::new)),
                net.jqwik.api.Tuple.of(3, amounts.map(LimitRequested::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new RaiseApproved())));
        return step.list();
    }
}
