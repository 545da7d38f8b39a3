package org.o2c.collections.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Decide, as of a date, whether a promise was kept, given what the customer paid within it. */
public record CheckPromise(@TargetAggregateIdentifier PromiseId promiseId, LocalDate asOf,
                           BigDecimal receivedAmount) {
}
