package org.o2c.invoicing.pricing;

import java.time.LocalDate;
import org.o2c.runtime.problem.BusinessRuleViolation;

/** The days a price holds: from {@code from} until {@code to}, both included; {@code to} null holds until changed. */
record Validity(LocalDate from, LocalDate to) {

    /** @param field where a validity that ends before it starts is named in the refusal */
    static Validity of(LocalDate from, LocalDate to, String field) {
        if (from == null) {
            throw new BusinessRuleViolation(field + "validFrom", "required", "a price needs the day it holds from");
        }
        if (to != null && to.isBefore(from)) {
            throw new BusinessRuleViolation(field + "validTo", "not-before-valid-from",
                    "validTo " + to + " is before validFrom " + from);
        }
        return new Validity(from, to);
    }

    boolean overlaps(Validity other) {
        return (to == null || !other.from.isAfter(to)) && (other.to == null || !from.isAfter(other.to));
    }

    boolean holdsOn(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    @Override
    public String toString() {
        return from + " to " + (to == null ? "further notice" : to.toString());
    }
}
