package org.o2c.events.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.EventType;
import org.o2c.events.Nullable;
import org.o2c.events.PublishedEvent;

/**
 * A bank statement of one of our bank accounts was taken in, its opening balance plus its booked lines checked
 * against its closing balance. Its lines are read from the stored file ({@code fileId}, statement
 * {@code positionInFile} from 0), not carried here.
 *
 * @param format MT940, MT942, CAMT053, CAMT054 or BAI2
 * @param reference the bank's id of the statement
 * @param sequence the bank's statement number and page, or null
 * @param openingBalance signed, credit positive; null for an interim report (MT942, camt.054)
 * @param closingBalance signed, credit positive; null for an interim report
 * @param credits sum of the credit lines
 * @param debits sum of the debit lines, as a positive amount
 */
@EventType("BankStatementImported.v1")
public record BankStatementImported(UUID statementId, UUID bankAccountId, String legalEntity, String maskedAccount,
                                    String currency, String format, String reference, @Nullable String sequence,
                                    @Nullable LocalDate openingDate, @Nullable BigDecimal openingBalance,
                                    @Nullable LocalDate closingDate, @Nullable BigDecimal closingBalance,
                                    int lineCount, BigDecimal credits, BigDecimal debits, UUID fileId,
                                    int positionInFile) implements PublishedEvent {
}
