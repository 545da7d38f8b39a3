package org.o2c.collections.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;

/** The promised amount arrived by the promised date. Internal: others learn of payments from the ledger. */
@EventType("PromiseKept.v1")
public record PromiseKept(UUID promiseId, BigDecimal receivedAmount, LocalDate checkedOn) {
}
