package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Makes a credit line of the statement a payment of a customer; a line becomes one payment, once. */
public record ApplyBankLine(@TargetAggregateIdentifier UUID statementId, UUID lineId, int lineNumber,
                            BigDecimal amount, UUID paymentId, UUID customerId, boolean automatic, int score,
                            List<String> reasons) {
}
