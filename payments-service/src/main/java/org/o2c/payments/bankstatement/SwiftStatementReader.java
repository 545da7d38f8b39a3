package org.o2c.payments.bankstatement;

import com.prowidesoftware.swift.model.SwiftMessage;
import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field61;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SWIFT MT940 statements and MT942 interim reports, as banks deliver them: with or without SWIFT blocks and
 * framing bytes, a bank's own header lines, several messages in one file. Each message is cut out at its {@code :20:}
 * and its fields are parsed by Prowide's pw-swift-core (field 61's value date, entry date, mark, amount, type and
 * references). A statement is taken only when its opening balance plus its lines is its closing balance (an interim
 * report: when its lines add up to its debit and credit totals, where it gives them); otherwise the file is refused
 * with what does not add up.
 */
public final class SwiftStatementReader {
    private static final Pattern MESSAGE_START = Pattern.compile("(?m)^:20:");
    private static final Pattern BALANCE = Pattern.compile("(C|D)(\\d{6})([A-Z]{3})([0-9]+[,.][0-9]*)");
    /** A :61: amount written with a decimal point, as some banks' older exports do, instead of SWIFT's comma. */
    private static final Pattern POINT_AMOUNT = Pattern.compile("^(\\d{6}(?:\\d{4})?R?[CD][A-Z]?\\d+)\\.(\\d*)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+)([A-Z]{3})([0-9]+,[0-9]*)");

    public List<BankStatement> read(byte[] file) {
        String text = decode(file).replace("\r\n", "\n").replace('\r', '\n')
                .replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
        List<Integer> starts = new ArrayList<>();
        Matcher start = MESSAGE_START.matcher(text);
        while (start.find()) {
            starts.add(start.start());
        }
        if (starts.isEmpty()) {
            throw new StatementRefused("no SWIFT statement in the file: no field :20: starts a message");
        }
        List<BankStatement> statements = new ArrayList<>();
        for (int n = 0; n < starts.size(); n++) {
            String body = text.substring(starts.get(n), n + 1 < starts.size() ? starts.get(n + 1) : text.length());
            statements.add(statement(n + 1, blockFour(body)));
        }
        return statements;
    }

    /** The fields of one message: up to the end of block 4 ("-}" or a line "-"), without what follows it. */
    private static String blockFour(String body) {
        int end = body.length();
        for (String marker : new String[] {"\n-}", "\n-\n", "-}"}) {
            int at = body.indexOf(marker);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String fields = body.substring(0, end).stripTrailing();
        return fields.endsWith("\n-") ? fields.substring(0, fields.length() - 2) : fields;
    }

    private static BankStatement statement(int number, String fields) {
        boolean interim = fields.contains("\n:34F:") || fields.contains("\n:13D:") || fields.contains("\n:13:");
        String type = interim ? "942" : "940";
        SwiftMessage message;
        try {
            message = SwiftMessage.parse("{1:F01XXXXXXXXAXXX0000000000}{2:I" + type + "XXXXXXXXXXXXN}{4:\n" + fields
                    + "\n-}");
        } catch (RuntimeException | java.io.IOException e) {
            throw new StatementRefused("message " + number + " of the file could not be read: " + e.getMessage(), e);
        }
        if (message == null || message.getBlock4() == null || message.getBlock4().getTags().isEmpty()) {
            throw new StatementRefused("message " + number + " of the file has no fields");
        }
        String statementId = null;
        String sequence = null;
        String account = null;
        String currency = null;
        BankStatement.Balance opening = null;
        BankStatement.Balance closing = null;
        String[] totals = new String[2]; // debits, credits (MT942 :90D:, :90C:)
        List<StatementLine> lines = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Tag tag : message.getBlock4().getTags()) {
            String value = tag.getValue() == null ? "" : tag.getValue().trim();
            switch (tag.getName()) {
                case "20" -> statementId = value;
                case "25", "25P" -> account = value.lines().findFirst().orElse(value);
                case "28", "28C" -> sequence = value;
                case "60F", "60M" -> {
                    opening = balance(number, tag.getName(), value);
                    currency = BALANCE.matcher(value).results().findFirst().map(m -> m.group(3)).orElse(currency);
                }
                case "62F", "62M" -> closing = balance(number, tag.getName(), value);
                case "34F" -> currency = currency == null && value.length() >= 3 ? value.substring(0, 3) : currency;
                case "61" -> {
                    lines.add(line(number, value));
                    details.add(null);
                }
                case "86" -> {
                    if (!lines.isEmpty() && details.get(details.size() - 1) == null) {
                        details.set(details.size() - 1, value);
                    }
                }
                case "90D" -> totals[0] = value;
                case "90C" -> totals[1] = value;
                default -> {
                    // available balances (64, 65), statement-level information: not needed to book the lines
                }
            }
        }
        if (statementId == null || account == null) {
            throw new StatementRefused("message " + number + " of the file lacks its " + (statementId == null
                    ? "reference (:20:)" : "account (:25:)"));
        }
        List<StatementLine> withDetails = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            StatementLine line = lines.get(i);
            String information = details.get(i);
            withDetails.add(new StatementLine(line.valueDate(), line.bookingDate(), line.amount(), line.reversal(),
                    line.transactionCode(), line.customerReference(), line.bankReference(),
                    information == null ? null : oneLine(information), true, information == null ? List.of()
                    : List.of(InformationToAccountOwner.of(information, line.amount(), line.customerReference()))));
        }
        BankStatement statement = new BankStatement(interim ? StatementFormat.MT942 : StatementFormat.MT940,
                statementId, sequence, account, currency, opening, closing, withDetails);
        if (interim) {
            checkTotals(statement, totals);
        } else {
            checkBalances(statement);
        }
        return statement;
    }

    private static void checkBalances(BankStatement statement) {
        String which = "statement " + statement.statementId() + " of account " + statement.account();
        if (statement.opening() == null || statement.closing() == null) {
            throw new StatementRefused(which + " has no " + (statement.opening() == null
                    ? "opening balance (:60F: or :60M:)" : "closing balance (:62F: or :62M:)"));
        }
        BigDecimal reckoned = statement.opening().amount().add(statement.movement());
        if (reckoned.compareTo(statement.closing().amount()) != 0) {
            throw new StatementRefused(which + " does not add up: opening balance " + statement.opening().amount()
                    .toPlainString() + " plus its " + statement.lines().size() + " lines ("
                    + statement.movement().toPlainString() + ") is " + reckoned.toPlainString()
                    + ", the closing balance says " + statement.closing().amount().toPlainString());
        }
    }

    /** An interim report's debit and credit totals (:90D:, :90C:: count, currency, amount), where given. */
    private static void checkTotals(BankStatement statement, String[] totals) {
        for (int side = 0; side < 2; side++) {
            if (totals[side] == null) {
                continue;
            }
            Matcher total = TOTAL.matcher(totals[side].replace("\n", ""));
            if (!total.matches()) {
                throw new StatementRefused("report " + statement.statementId() + ": its total " + (side == 0
                        ? ":90D:" : ":90C:") + " '" + totals[side] + "' is not a count, currency and amount");
            }
            boolean credits = side == 1;
            List<BigDecimal> amounts = statement.lines().stream().map(StatementLine::amount)
                    .filter(a -> credits ? a.signum() > 0 : a.signum() < 0).map(BigDecimal::abs).toList();
            BigDecimal sum = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            int count = Integer.parseInt(total.group(1));
            BigDecimal amount = amount(total.group(3));
            if (count != amounts.size() || amount.compareTo(sum) != 0) {
                String kind = credits ? "credits" : "debits";
                throw new StatementRefused("report " + statement.statementId() + " of account " + statement.account()
                        + " does not add up: its total of " + kind + " says " + count + " for " + amount
                        .toPlainString() + " " + total.group(2) + ", its lines hold " + amounts.size() + " for "
                        + sum.toPlainString());
            }
        }
    }

    private static BankStatement.Balance balance(int number, String field, String value) {
        Matcher balance = BALANCE.matcher(value.replace("\n", ""));
        if (!balance.matches()) {
            throw new StatementRefused("message " + number + ": balance :" + field + ": '" + value
                    + "' is not a mark, date, currency and amount");
        }
        BigDecimal amount = amount(balance.group(4));
        return new BankStatement.Balance(BankDates.yymmdd(balance.group(2), "message " + number + ": balance date"),
                "D".equals(balance.group(1)) ? amount.negate() : amount);
    }

    private static StatementLine line(int number, String value) {
        Field61 field = new Field61(POINT_AMOUNT.matcher(value).replaceFirst("$1,$2"));
        if (field.getValueDate() == null || field.getDebitCreditMark() == null || field.getAmount() == null) {
            throw new StatementRefused("message " + number + ": statement line :61:" + value.replace('\n', ' ')
                    + " lacks its date, mark or amount");
        }
        LocalDate valueDate = BankDates.yymmdd(field.getValueDate(), "message " + number + ": value date");
        LocalDate bookingDate = valueDate;
        String entry = field.getEntryDate();
        if (entry != null && entry.length() == 4) {
            try {
                LocalDate sameYear = LocalDate.of(valueDate.getYear(), Integer.parseInt(entry.substring(0, 2)),
                        Integer.parseInt(entry.substring(2)));
                // booked around the turn of a year: the entry date lies in the next or the previous year
                bookingDate = sameYear.isBefore(valueDate.minusMonths(6)) ? sameYear.plusYears(1)
                        : sameYear.isAfter(valueDate.plusMonths(6)) ? sameYear.minusYears(1) : sameYear;
            } catch (RuntimeException e) {
                throw new StatementRefused("message " + number + ": statement line :61:" + value.replace('\n', ' ')
                        + " has no valid entry date '" + entry + "'", e);
            }
        }
        String mark = field.getDebitCreditMark();
        BigDecimal amount = amount(field.getAmount());
        boolean debit = "D".equals(mark) || "RC".equals(mark);
        String code = join(field.getTransactionType(), field.getIdentificationCode());
        String customerReference = field.getReferenceForTheAccountOwner();
        if (customerReference != null && "NONREF".equalsIgnoreCase(customerReference.trim())) {
            customerReference = null;
        }
        String bankReference = field.getReferenceOfTheAccountServicingInstitution();
        if (field.getSupplementaryDetails() != null && !field.getSupplementaryDetails().isBlank()) {
            bankReference = join(bankReference, field.getSupplementaryDetails().trim());
        }
        return new StatementLine(valueDate, bookingDate, debit ? amount.negate() : amount, mark.startsWith("R"),
                code, customerReference, bankReference == null || bankReference.isBlank() ? null : bankReference,
                null, true, List.of());
    }

    private static BigDecimal amount(String swift) {
        String plain = swift.trim().replace(',', '.');
        return new BigDecimal(plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain);
    }

    private static String oneLine(String text) {
        String joined = text.lines().map(String::strip).reduce((a, b) -> a + " " + b).orElse("").strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + " " + second;
    }

    /** UTF-8 where the file is valid UTF-8, else ISO 8859-1 (SWIFT files from older systems). */
    private static String decode(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return new String(file, StandardCharsets.ISO_8859_1);
        }
    }
}
