package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One line of a statement as cash application sees it: a booked entry, or, for a batch booking whose transactions
 * carry their own amounts (camt TxDtls), each of its transactions, since each pays its own invoices. Pending and
 * information-only entries are not lines. Numbered from 1 in the statement's order.
 *
 * @param amount signed: positive for money in
 * @param remittance what the payer wrote, or else the bank's own text about the movement
 */
public record BankLine(UUID lineId, int lineNumber, LocalDate valueDate, LocalDate bookingDate, BigDecimal amount,
                       boolean reversal, String transactionCode, String bankReference, String endToEndId,
                       String creditorReference, String remittance, String counterpartyName,
                       String counterpartyAccount, String returnReason) {

    /** The lines of a statement, their ids derived from the statement's id and their number. */
    public static List<BankLine> of(UUID statementId, BankStatement statement) {
        List<BankLine> lines = new ArrayList<>();
        for (StatementLine entry : statement.lines()) {
            if (!entry.booked()) {
                continue;
            }
            List<TransactionDetails> parts = entry.transactions();
            boolean split = parts.size() > 1 && parts.stream().allMatch(t -> t.amount() != null);
            if (split) {
                for (TransactionDetails part : parts) {
                    lines.add(line(statementId, lines.size() + 1, entry, valueDate(entry, statement), part.amount(),
                            List.of(part)));
                }
            } else {
                lines.add(line(statementId, lines.size() + 1, entry, valueDate(entry, statement), entry.amount(),
                        parts));
            }
        }
        return lines;
    }

    public static UUID idOf(UUID statementId, int lineNumber) {
        return UUID.nameUUIDFromBytes((statementId + "/" + lineNumber).getBytes(StandardCharsets.UTF_8));
    }

    public boolean isCredit() {
        return amount.signum() > 0;
    }

    /** The entry's value date; where the bank gives none, its booking date, else the statement's date. */
    private static LocalDate valueDate(StatementLine entry, BankStatement statement) {
        if (entry.valueDate() != null) {
            return entry.valueDate();
        }
        if (entry.bookingDate() != null) {
            return entry.bookingDate();
        }
        BankStatement.Balance dated = statement.closing() != null ? statement.closing() : statement.opening();
        if (dated == null || dated.date() == null) {
            throw new StatementRefused("entry of " + entry.amount() + " in statement " + statement.statementId()
                    + " has neither a value date nor a booking date, nor has its statement a date");
        }
        return dated.date();
    }

    private static BankLine line(UUID statementId, int number, StatementLine entry, LocalDate valueDate,
                                 BigDecimal amount, List<TransactionDetails> parts) {
        String remittance = join(parts.stream().map(TransactionDetails::remittance));
        if (remittance == null) {
            remittance = entry.details();
        }
        return new BankLine(idOf(statementId, number), number, valueDate, entry.bookingDate(), amount,
                entry.reversal(), entry.transactionCode(), entry.bankReference(),
                first(parts.stream().map(TransactionDetails::endToEndId), entry.customerReference()),
                join(parts.stream().map(TransactionDetails::creditorReference)), remittance,
                first(parts.stream().map(TransactionDetails::counterpartyName), null),
                first(parts.stream().map(TransactionDetails::counterpartyAccount), null),
                first(parts.stream().map(TransactionDetails::returnReason), null));
    }

    /** Text cut to a column's length. */
    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private static String first(Stream<String> values, String otherwise) {
        return values.filter(Objects::nonNull).filter(v -> !v.isBlank()).findFirst().orElse(otherwise);
    }

    private static String join(Stream<String> values) {
        String joined = values.filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).distinct()
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }
}
