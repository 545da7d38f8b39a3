package org.o2c.runtime.time;

import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A date of business (an issue date, a value date, a promised date) lies within a plausible window around today:
 * by default from ten years back to one year ahead, so that a typo such as 0026 or 9999 is refused instead of
 * creating a number series or an aging bucket no one will ever see. Null passes (required is its own rule).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Constraint(validatedBy = BusinessDate.Validator.class)
public @interface BusinessDate {
    String message() default "must lie between {pastYears} years before and {futureYears} years after today";

    int pastYears() default 10;

    int futureYears() default 1;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<BusinessDate, LocalDate> {
        @Inject
        Clock clock;
        private int pastYears;
        private int futureYears;

        @Override
        public void initialize(BusinessDate annotation) {
            pastYears = annotation.pastYears();
            futureYears = annotation.futureYears();
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate today = LocalDate.now(clock == null ? Clock.systemUTC() : clock);
            return !value.isBefore(today.minusYears(pastYears)) && !value.isAfter(today.plusYears(futureYears));
        }
    }
}
