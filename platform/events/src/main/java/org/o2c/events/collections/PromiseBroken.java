package org.o2c.events.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.PublishedEvent;

/** The promised date passed without the promised amount received; dunning resumes. */
@EventType("PromiseBroken.v1")
public record PromiseBroken(UUID promiseId, UUID customerId, String legalEntity, String currency,
                            BigDecimal promisedAmount, LocalDate promisedDate, BigDecimal receivedAmount,
                            LocalDate detectedOn) implements PublishedEvent {
}
