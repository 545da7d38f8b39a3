package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One statement of one bank account as a bank file gives it: balances are signed (credit positive), each line's
 * amount is signed the same way. An interim report (MT942) has no booked balances: its control totals are checked
 * instead.
 *
 * @param statementId the bank's id of the statement (MT :20:, camt Stmt/Id)
 * @param sequence the statement number and page as the bank numbers them (MT :28C:), or null
 * @param account the account as the file names it (IBAN, or a bank's own number)
 * @param currency ISO 4217 of the balances
 * @param opening balance at the start, or null for an interim report
 * @param closing balance at the end, or null for an interim report
 */
public record BankStatement(StatementFormat format, String statementId, String sequence, String account,
                            String currency, Balance opening, Balance closing, List<StatementLine> lines) {

    public record Balance(LocalDate date, BigDecimal amount) {
    }

    public BankStatement {
        lines = List.copyOf(lines);
    }

    /** Sum of the lines' signed amounts. */
    public BigDecimal movement() {
        return lines.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
