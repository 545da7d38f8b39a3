package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One booked movement of a bank statement.
 *
 * @param amount signed: positive for money in (credit), negative for money out (debit)
 * @param reversal whether the bank marks it as the reversal of an earlier booking (MT RC/RD, camt RvslInd)
 * @param transactionCode the bank's transaction type (MT :61: type and code such as NTRF or N051), or null
 * @param customerReference the reference the payer or we gave (end-to-end id, MT "reference for the account
 *                          owner"), or null; NONREF is left out
 * @param bankReference the bank's own reference of the booking, or null
 * @param details what the bank tells about the movement (MT :86:, camt AddtlNtryInf) as one text, or null
 * @param booked whether it is booked (camt status BOOK); pending and information-only entries are not in balances
 * @param transactions the transactions the entry holds (camt TxDtls; none for MT, whose :86: is in details)
 */
public record StatementLine(LocalDate valueDate, LocalDate bookingDate, BigDecimal amount, boolean reversal,
                            String transactionCode, String customerReference, String bankReference,
                            String details, boolean booked, List<TransactionDetails> transactions) {
    public StatementLine {
        transactions = List.copyOf(transactions);
    }
}
