package org.o2c.credit.profile;

import static org.o2c.credit.profile.CreditProfile.HOLD_EXPOSURE_ABOVE_LIMIT;
import static org.o2c.credit.profile.CreditProfile.RELEASE_EXPOSURE_WITHIN_LIMIT;
import static org.o2c.credit.profile.CreditProfile.RELEASE_LIMIT_RAISED;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.credit.CreditCheckDeclined;
import org.o2c.events.credit.CreditHoldPlaced;
import org.o2c.events.credit.CreditHoldReleased;
import org.o2c.events.credit.CreditLimitBreached;
import org.o2c.events.credit.CreditLimitChanged;
import org.o2c.runtime.id.CustomerId;
import org.o2c.runtime.problem.BusinessRuleViolation;
import org.o2c.runtime.problem.ProblemException;

class CreditProfileTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BigDecimal THRESHOLD = new BigDecimal("50000");
    private final UUID id = UUID.randomUUID();
    private final CustomerId customer = new CustomerId(id);
    private AggregateTestFixture<CreditProfile> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(CreditProfile.class);
    }

    private SetCreditLimit limit(String amount, String exposure, String user) {
        return new SetCreditLimit(customer, "DE01", EUR, new BigDecimal(amount), new BigDecimal(exposure), THRESHOLD,
                user);
    }

    private CreditLimitChanged changed(String previous, String amount) {
        return new CreditLimitChanged(id, "DE01", "EUR", previous == null ? null : new BigDecimal(previous),
                new BigDecimal(amount), "carl", null);
    }

    private CreditLimitBreached breached(String limit, String exposure) {
        return new CreditLimitBreached(id, "DE01", "EUR", new BigDecimal(limit), new BigDecimal(exposure));
    }

    private CreditHoldPlaced holdPlaced(String limit, String exposure) {
        return new CreditHoldPlaced(id, "DE01", "EUR", HOLD_EXPOSURE_ABOVE_LIMIT, new BigDecimal(limit),
                new BigDecimal(exposure));
    }

    private CreditHoldReleased holdReleased(String reason, String limit, String exposure) {
        return new CreditHoldReleased(id, "DE01", "EUR", reason, new BigDecimal(limit), new BigDecimal(exposure));
    }

    private RecordExposure exposure(String amount) {
        return new RecordExposure(customer, EUR, new BigDecimal(amount));
    }

    @Test
    void aNewProfileUpToTheThresholdTakesEffectAtOnce() {
        fixture.givenNoPriorActivity()
                .when(limit("50000", "0", "carl"))
                .expectEvents(new CreditLimitChanged(id, "DE01", "EUR", null, new BigDecimal("50000.00"), "carl",
                        null))
                .expectResultMessagePayload(LimitChangeOutcome.EFFECTIVE);
    }

    @Test
    void aNewProfileAboveTheThresholdOpensAtZeroAndWaitsForASecondPerson() {
        fixture.givenNoPriorActivity()
                .when(limit("500000", "0", "carl"))
                .expectEvents(changed(null, "0.00"), new CreditLimitRaiseRequested(id, "DE01", "EUR", new BigDecimal("0.00"),
                        new BigDecimal("500000.00"), "carl"))
                .expectResultMessagePayload(LimitChangeOutcome.PENDING_APPROVAL);
    }

    @Test
    void aRaiseInStepsEachBelowTheThresholdIsMeasuredFromTheLastApprovedLimit() {
        // 10,000 then 45,000 went in alone; 55,000 is 55,000 above what a second person approved (nothing yet)
        fixture.given(changed(null, "10000.00"), changed("10000.00", "45000.00"))
                .when(limit("55000", "0", "carl"))
                .expectEvents(new CreditLimitRaiseRequested(id, "DE01", "EUR", new BigDecimal("45000.00"),
                        new BigDecimal("55000.00"), "carl"))
                .expectResultMessagePayload(LimitChangeOutcome.PENDING_APPROVAL);
    }

    @Test
    void anApprovedLimitIsTheNewBaselineAndALoweringLowersIt() {
        CreditLimitChanged approved = new CreditLimitChanged(id, "DE01", "EUR", new BigDecimal("1000.00"),
                new BigDecimal("90000.00"), "carl", "petra");
        fixture.given(changed(null, "1000.00"), approved)
                .when(limit("140000", "0", "carl"))
                .expectEvents(changed("90000.00", "140000.00"));
        fixture.given(changed(null, "1000.00"), approved)
                .when(limit("140000.01", "0", "carl"))
                .expectResultMessagePayload(LimitChangeOutcome.PENDING_APPROVAL);
        fixture.given(changed(null, "1000.00"), approved, changed("90000.00", "20000.00"))
                .when(limit("70000.01", "0", "carl"))
                .expectResultMessagePayload(LimitChangeOutcome.PENDING_APPROVAL);
    }

    @Test
    void aNewProfileBelowTheExposureIsABreachAndAHold() {
        fixture.givenNoPriorActivity()
                .when(limit("1000", "1500", "carl"))
                .expectEvents(changed(null, "1000.00"), breached("1000.00", "1500.00"),
                        holdPlaced("1000.00", "1500.00"));
    }

    @Test
    void exposureCrossingTheLimitUpwardBreachesOnceAndPlacesTheHold() {
        fixture.given(changed(null, "1000.00"))
                .when(exposure("1000.01"))
                .expectEvents(breached("1000.00", "1000.01"), holdPlaced("1000.00", "1000.01"));
    }

    @Test
    void exposureStayingAboveTheLimitPublishesNothingMore() {
        fixture.given(changed(null, "1000.00"), breached("1000.00", "1200.00"), holdPlaced("1000.00", "1200.00"))
                .when(exposure("5000"))
                .expectNoEvents();
    }

    @Test
    void exposureAtTheLimitIsNotABreach() {
        fixture.given(changed(null, "1000.00"))
                .when(exposure("1000.00"))
                .expectNoEvents();
    }

    @Test
    void exposureBackAtTheLimitReleasesTheHold() {
        fixture.given(changed(null, "1000.00"), breached("1000.00", "1200.00"), holdPlaced("1000.00", "1200.00"))
                .when(exposure("1000"))
                .expectEvents(holdReleased(RELEASE_EXPOSURE_WITHIN_LIMIT, "1000.00", "1000.00"));
    }

    @Test
    void crossingAgainAfterComingBackIsANewBreach() {
        fixture.given(changed(null, "1000.00"), breached("1000.00", "1200.00"), holdPlaced("1000.00", "1200.00"),
                        holdReleased(RELEASE_EXPOSURE_WITHIN_LIMIT, "1000.00", "900.00"))
                .when(exposure("1100"))
                .expectEvents(breached("1000.00", "1100.00"), holdPlaced("1000.00", "1100.00"));
    }

    @Test
    void loweringTheLimitBelowTheExposureIsABreach() {
        fixture.given(changed(null, "1000.00"))
                .when(limit("500", "800", "carl"))
                .expectEvents(changed("1000.00", "500.00"), breached("500.00", "800.00"),
                        holdPlaced("500.00", "800.00"));
    }

    @Test
    void raisingTheLimitWithinTheThresholdToCoverTheExposureReleasesTheHold() {
        fixture.given(changed(null, "1000.00"), breached("1000.00", "1200.00"), holdPlaced("1000.00", "1200.00"))
                .when(limit("2000", "1200", "carl"))
                .expectEvents(changed("1000.00", "2000.00"),
                        holdReleased(RELEASE_LIMIT_RAISED, "2000.00", "1200.00"))
                .expectResultMessagePayload(LimitChangeOutcome.EFFECTIVE);
    }

    @Test
    void aRaiseToExactlyTheThresholdAboveTheLastApprovedLimitTakesEffectAtOnce() {
        fixture.given(changed(null, "1000.00"))
                .when(limit("50000", "0", "carl"))
                .expectEvents(changed("1000.00", "50000.00"));
    }

    @Test
    void aRaiseAboveTheThresholdWaitsForApprovalAndChangesNothingYet() {
        fixture.given(changed(null, "1000.00"), breached("1000.00", "1200.00"), holdPlaced("1000.00", "1200.00"))
                .when(limit("51000.01", "1200", "carl"))
                .expectEvents(new CreditLimitRaiseRequested(id, "DE01", "EUR", new BigDecimal("1000.00"),
                        new BigDecimal("51000.01"), "carl"))
                .expectResultMessagePayload(LimitChangeOutcome.PENDING_APPROVAL);
    }

    @Test
    void theRequesterCannotApproveTheirOwnRaise() {
        fixture.given(changed(null, "1000.00"), new CreditLimitRaiseRequested(id, "DE01", "EUR",
                        new BigDecimal("1000.00"), new BigDecimal("90000.00"), "carl"))
                .when(new ApprovePendingLimitChange(customer, "carl", BigDecimal.ZERO))
                .expectException(BusinessRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("cannot approve"))
                .expectNoEvents();
    }

    @Test
    void anotherCreditManagersApprovalPutsTheRaiseInForceAndReleasesTheHold() {
        fixture.given(changed(null, "1000.00"), breached("1000.00", "1200.00"), holdPlaced("1000.00", "1200.00"),
                        new CreditLimitRaiseRequested(id, "DE01", "EUR", new BigDecimal("1000.00"),
                                new BigDecimal("90000.00"), "carl"))
                .when(new ApprovePendingLimitChange(customer, "petra", new BigDecimal("1200")))
                .expectEvents(new CreditLimitChanged(id, "DE01", "EUR", new BigDecimal("1000.00"),
                                new BigDecimal("90000.00"), "carl", "petra"),
                        holdReleased(RELEASE_LIMIT_RAISED, "90000.00", "1200.00"));
    }

    @Test
    void approvingWithoutAPendingRaiseIsAConflict() {
        fixture.given(changed(null, "1000.00"))
                .when(new ApprovePendingLimitChange(customer, "petra", BigDecimal.ZERO))
                .expectException(ProblemException.class)
                .expectNoEvents();
    }

    @Test
    void aRejectedRaiseLeavesTheLimitAndCannotBeApprovedAfterwards() {
        fixture.given(changed(null, "1000.00"), new CreditLimitRaiseRequested(id, "DE01", "EUR",
                        new BigDecimal("1000.00"), new BigDecimal("90000.00"), "carl"))
                .when(new RejectPendingLimitChange(customer, "petra"))
                .expectEvents(new CreditLimitRaiseRejected(id, new BigDecimal("90000.00"), "carl", "petra"));
        fixture.given(changed(null, "1000.00"), new CreditLimitRaiseRequested(id, "DE01", "EUR",
                        new BigDecimal("1000.00"), new BigDecimal("90000.00"), "carl"),
                        new CreditLimitRaiseRejected(id, new BigDecimal("90000.00"), "carl", "petra"))
                .when(new ApprovePendingLimitChange(customer, "petra", BigDecimal.ZERO))
                .expectException(ProblemException.class)
                .expectNoEvents();
    }

    @Test
    void aLimitPutInForceWhileARaiseIsPendingDropsThePendingRaise() {
        fixture.given(changed(null, "1000.00"), new CreditLimitRaiseRequested(id, "DE01", "EUR",
                        new BigDecimal("1000.00"), new BigDecimal("90000.00"), "carl"),
                        changed("1000.00", "800.00"))
                .when(new ApprovePendingLimitChange(customer, "petra", BigDecimal.ZERO))
                .expectException(ProblemException.class);
    }

    @Test
    void settingTheLimitInForceAgainChangesNothing() {
        fixture.given(changed(null, "1000.00"))
                .when(limit("1000.000", "0", "carl"))
                .expectNoEvents()
                .expectResultMessagePayload(LimitChangeOutcome.UNCHANGED);
    }

    @Test
    void aNegativeLimitIsRefused() {
        fixture.givenNoPriorActivity()
                .when(limit("-1", "0", "carl"))
                .expectException(BusinessRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aDeclineIsRecordedEvenWithoutAProfile() {
        UUID check = UUID.randomUUID();
        fixture.givenNoPriorActivity()
                .when(new DeclineCreditCheck(customer, check, "DE01", EUR, new BigDecimal("10.00"), null,
                        BigDecimal.ZERO, List.of("NO_CREDIT_PROFILE")))
                .expectEvents(new CreditCheckDeclined(check, id, "DE01", "EUR", new BigDecimal("10.00"), null,
                        BigDecimal.ZERO, List.of("NO_CREDIT_PROFILE")));
    }
}
