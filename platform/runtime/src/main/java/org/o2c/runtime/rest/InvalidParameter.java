package org.o2c.runtime.rest;

import jakarta.ws.rs.BadRequestException;
import org.o2c.runtime.problem.Violation;

/** A query or header parameter that cannot be read as its type; answered as a 400 naming the parameter. */
public class InvalidParameter extends BadRequestException {
    private final Violation violation;

    public InvalidParameter(String parameter, String rule, String message) {
        super(parameter + ": " + message);
        this.violation = new Violation(parameter, rule, message);
    }

    public Violation violation() {
        return violation;
    }
}
