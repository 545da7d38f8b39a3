package org.o2c.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line a posting rule asks for: an amount to the account of a role, on one side.
 *
 * @param qualifier the tax rate or bank account for roles that have one, else null
 * @param openItem  the invoice or supplier invoice whose open amount the line changes (AR and AP control lines)
 */
public record PostingLine(AccountRole role, String qualifier, boolean debit, BigDecimal amount, UUID openItem) {

    public static PostingLine debit(AccountRole role, BigDecimal amount) {
        return new PostingLine(role, null, true, amount, null);
    }

    public static PostingLine credit(AccountRole role, BigDecimal amount) {
        return new PostingLine(role, null, false, amount, null);
    }

    public PostingLine forRate(BigDecimal taxRate) {
        return new PostingLine(role, taxRate == null ? null : taxRate.toPlainString(), debit, amount, openItem);
    }

    public PostingLine onItem(UUID item) {
        return new PostingLine(role, qualifier, debit, amount, item);
    }

    public Account account(ChartOfAccounts chart, LocalDate on) {
        return chart.account(role, qualifier, on);
    }

    /** The same amount on the other side: a credit note reverses what its invoice posted. */
    public PostingLine reversed() {
        return new PostingLine(role, qualifier, !debit, amount, openItem);
    }
}
