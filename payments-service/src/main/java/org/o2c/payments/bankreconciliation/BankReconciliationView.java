package org.o2c.payments.bankreconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BankReconciliation", description = """
        A bank account reconciled as of its latest statement on or before the date asked: the statement's closing \
        balance, less the statement lines the books do not have yet, plus the book entries the bank has not shown \
        yet, against the book balance. The book is the general ledger's entries on this bank account's clearing \
        account (payments received on it, from its statement lines or keyed with it, and their returns), by \
        accounting date, from the opening balance of its first statement on; supplier payments reconciled with its \
        debit lines count on both sides (payables does not yet name the bank account a payment leaves from). A \
        line and an entry are the same movement when the line was taken as that payment, or reconciled with its \
        return. A difference other than 0 means a line or an entry is wrong.""")
public record BankReconciliationView(
        @Schema(description = "The bank account", required = true) UUID bankAccountId,
        @Schema(description = "Its legal entity", required = true, example = "DE01") String legalEntity,
        @Schema(description = "The account, masked", required = true, example = "DE89…3000") String maskedAccount,
        @Schema(description = "Its currency", required = true, example = "EUR") String currency,
        @Schema(description = "The statement reconciled: the latest closing on or before asOf; null when none has",
                required = true, nullable = true) UUID statementId,
        @Schema(description = "Its closing date; the reconciliation is as of it", required = true, nullable = true)
        LocalDate closingDate,
        @Schema(type = SchemaType.STRING, description = "Its closing balance, signed (credit positive)",
                required = true, nullable = true, example = "12068.82") BigDecimal statementBalance,
        @Schema(type = SchemaType.STRING, description = "Statement lines the books do not have yet, together",
                required = true, example = "306.90") BigDecimal unreconciledStatementLines,
        @Schema(type = SchemaType.STRING, description = "Book entries the bank has not shown yet, together",
                required = true, example = "-50.00") BigDecimal unreconciledBookEntries,
        @Schema(type = SchemaType.STRING, description = "Statement balance less the one plus the other",
                required = true, nullable = true, example = "11711.92") BigDecimal adjustedStatementBalance,
        @Schema(type = SchemaType.STRING, description = "The opening balance of the account's first statement, "
                + "where its book starts", required = true, nullable = true, example = "10000.00")
        BigDecimal openingBalance,
        @Schema(type = SchemaType.STRING, description = "Opening balance plus the ledger's entries on the clearing "
                + "account for this bank account up to the closing date (and the supplier payments on its lines)",
                required = true, nullable = true, example = "11711.92") BigDecimal bookBalance,
        @Schema(type = SchemaType.STRING, description = "Adjusted statement balance less book balance; 0 when the "
                + "account reconciles", required = true, nullable = true, example = "0.00") BigDecimal difference,
        @Schema(description = "The unreconciled statement lines, oldest first (at most 100)", required = true)
        List<Item> statementLines,
        @Schema(description = "The unreconciled book entries, oldest first (at most 100)", required = true)
        List<Item> bookEntries) {

    @Schema(name = "BankReconciliationItem", description = "A statement line or book entry not yet on the other side")
    public record Item(
            @Schema(description = "The bank line, or the payment of the book entry", required = true) UUID id,
            @Schema(description = "LINE: a statement line; PAYMENT: a payment the ledger booked on this account; "
                    + "RETURN: a returned payment the ledger took off it", required = true,
                    enumeration = {"LINE", "PAYMENT", "RETURN"}, example = "LINE") String kind,
            @Schema(description = "A line's value date, an entry's accounting date", required = true)
            LocalDate date,
            @Schema(type = SchemaType.STRING, description = "Signed: positive for money in", required = true,
                    example = "-12.50") BigDecimal amount,
            @Schema(description = "A line's remittance text or payer, an entry's description", required = true,
                    nullable = true, example = "Kontofuehrung")
            String text) {
    }
}
