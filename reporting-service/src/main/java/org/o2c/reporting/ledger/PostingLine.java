package org.o2c.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.events.payments.BankAccountRef;

/**
 * A line a posting rule asks for: an amount to the account of a role, on one side.
 *
 * @param qualifier   the tax rate or bank account for roles that have one, else null
 * @param openItem    the invoice or supplier invoice whose open amount the line changes (AR and AP control lines)
 * @param bankAccount the bank account of a bank clearing line, when the event named one, else null
 */
public record PostingLine(AccountRole role, String qualifier, boolean debit, BigDecimal amount, UUID openItem,
                          BankAccountRef bankAccount) {

    public static PostingLine debit(AccountRole role, BigDecimal amount) {
        return new PostingLine(role, null, true, amount, null, null);
    }

    public static PostingLine credit(AccountRole role, BigDecimal amount) {
        return new PostingLine(role, null, false, amount, null, null);
    }

    public PostingLine forRate(BigDecimal taxRate) {
        return new PostingLine(role, taxRate == null ? null : taxRate.toPlainString(), debit, amount, openItem,
                bankAccount);
    }

    /** A bank clearing line for the bank account the money moved through; unchanged when that is not known. */
    public PostingLine through(BankAccountRef bank) {
        return bank == null ? this
                : new PostingLine(role, bank.bankAccountId().toString(), debit, amount, openItem, bank);
    }

    public PostingLine onItem(UUID item) {
        return new PostingLine(role, qualifier, debit, amount, item, bankAccount);
    }

    public Account account(ChartOfAccounts chart, LocalDate on) {
        return bankAccount == null ? chart.account(role, qualifier, on)
                : chart.bankClearing(bankAccount.bankAccountId().toString(), bankAccount.clearingAccount(), on);
    }

    /** The same amount on the other side: a credit note reverses what its invoice posted. */
    public PostingLine reversed() {
        return new PostingLine(role, qualifier, !debit, amount, openItem, bankAccount);
    }
}
