package org.o2c.events.reporting;

import java.math.BigDecimal;
import java.util.UUID;
import org.o2c.events.Nullable;

/**
 * One line of a journal entry: an amount debited or credited to an account of the legal entity's chart.
 *
 * @param lineNumber from 1, in the entry's order
 * @param account    the account number, e.g. {@code 1100}
 * @param side       {@code DEBIT} or {@code CREDIT}
 * @param amount     greater than zero, in the entry's currency
 * @param openItemId on the AR and AP control accounts: the invoice or supplier invoice whose open amount the line
 *                   changes, so that the subledger and the ledger can be compared item by item
 * @param bankAccountId on bank clearing lines: the bank account whose movement the line books, so that the bank
 *                      can be reconciled against the ledger; null when the posted event did not name one
 */
public record JournalLine(int lineNumber, String account, String side, BigDecimal amount,
                          @Nullable UUID openItemId, @Nullable UUID bankAccountId) {
    public static final String DEBIT = "DEBIT";
    public static final String CREDIT = "CREDIT";
}
