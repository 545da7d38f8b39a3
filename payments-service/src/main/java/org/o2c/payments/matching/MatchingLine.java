package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A credit line of a statement, with what the payer and the bank said about it. */
public record MatchingLine(UUID lineId, UUID statementId, int lineNumber, UUID bankAccountId, String legalEntity,
                           String currency, LocalDate valueDate, BigDecimal amount, String creditorReference,
                           String remittance,
                           String endToEndId, String counterpartyName, String counterpartyAccount) {

    /** Every text the payer could have put an invoice number or reference into. */
    String[] texts() {
        return new String[] {creditorReference, remittance, endToEndId};
    }
}
