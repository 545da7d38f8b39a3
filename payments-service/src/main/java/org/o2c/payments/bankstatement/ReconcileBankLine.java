package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Marks a line of the statement as the same movement as a line of another report that is already in the books. */
public record ReconcileBankLine(@TargetAggregateIdentifier UUID statementId, UUID lineId, int lineNumber,
                                BigDecimal amount, UUID paymentId, UUID twinLineId, String reason) {
}
