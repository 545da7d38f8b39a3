package org.o2c.collections.promise;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.o2c.runtime.id.CustomerId;

/** Record a customer's promise to pay {@code amount} for these invoices by {@code promisedDate}. */
public record RecordPromise(@TargetAggregateIdentifier PromiseId promiseId, CustomerId customerId, String legalEntity,
                            String currency, BigDecimal amount, LocalDate promisedDate, List<UUID> invoiceIds,
                            LocalDate recordedOn) {
}
