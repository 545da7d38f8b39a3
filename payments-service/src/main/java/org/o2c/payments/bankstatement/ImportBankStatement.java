package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes in one statement of a bank file already read and checked, for one of our bank accounts. */
public record ImportBankStatement(@TargetAggregateIdentifier UUID statementId, UUID bankAccountId, String legalEntity,
                                  String maskedAccount, String currency, StatementFormat format, String reference,
                                  String sequence, LocalDate openingDate, BigDecimal openingBalance,
                                  LocalDate closingDate, BigDecimal closingBalance, int lineCount,
                                  BigDecimal credits, BigDecimal debits, UUID fileId, int positionInFile) {
}
