package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads BAI2 cash management files (US and Canadian banks): records 01 file, 02 group, 03 account with its summary
 * amounts, 16 transaction detail, 88 continuation, 49/98/99 trailers. BAI2 is comma-separated text, not XML; it is
 * read field by field. Banks put several records on one physical line, wrap one over 88 continuations or simply
 * onto the next line; all are joined back. Amounts are in the currency's minor unit without a point; a detail's
 * type code tells credit (100-399) from debit (400-699); codes from 700 on carry no money movement. Every account
 * must match its control total (49), every group and the file theirs (98, 99); where an account gives opening and
 * closing ledger (010, 015), opening plus credits minus debits must be closing.
 */
public final class Bai2StatementReader {
    private static final Pattern RECORD_CODE = Pattern.compile("\\s*(?:01|02|03|16|49|88|98|99),");
    private static final Pattern RECORD_START = Pattern.compile("/\\s+(?=(?:01|02|03|16|49|88|98|99),)");

    public List<BankStatement> read(byte[] file) {
        List<String[]> records = records(new String(file, StandardCharsets.ISO_8859_1));
        List<BankStatement> statements = new ArrayList<>();
        Map<String, Integer> reports = new HashMap<>();
        String fileId = null;
        String groupCurrency = "USD"; // BAI2's default where a group names none
        LocalDate asOf = null;
        BigInteger groupTotal = BigInteger.ZERO;
        BigInteger fileTotal = BigInteger.ZERO;
        Account account = null;
        for (String[] record : records) {
            switch (record[0]) {
                case "01" -> fileId = field(record, 4) + "-" + field(record, 5);
                case "02" -> {
                    asOf = BankDates.yymmdd(field(record, 4), "a group's as-of date");
                    groupCurrency = field(record, 6).isEmpty() ? "USD" : field(record, 6);
                    groupTotal = BigInteger.ZERO;
                }
                case "03" -> account = new Account(field(record, 1),
                        field(record, 2).isEmpty() ? groupCurrency : field(record, 2), asOf, record);
                case "16" -> {
                    if (account == null) {
                        throw new StatementRefused("a transaction detail (16) comes before any account (03)");
                    }
                    account.detail(record);
                }
                case "49" -> {
                    if (account == null) {
                        throw new StatementRefused("an account trailer (49) comes before any account (03)");
                    }
                    BigInteger total = integer(field(record, 1), "the control total of account " + account.number);
                    if (total.compareTo(account.controlTotal) != 0) {
                        throw new StatementRefused("account " + account.number + " does not add up: its amounts"
                                + " total " + account.controlTotal + ", its trailer (49) says " + total);
                    }
                    groupTotal = groupTotal.add(total);
                    // an account reported more than once in a file (several groups, or several reports of a day)
                    // is numbered, so that each report is a statement of its own
                    int report = reports.merge(account.number, 1, Integer::sum);
                    statements.add(account.statement(fileId, report));
                    account = null;
                }
                case "98" -> {
                    BigInteger total = integer(field(record, 1), "a group's control total");
                    if (total.compareTo(groupTotal) != 0) {
                        throw new StatementRefused("a group does not add up: its accounts total " + groupTotal
                                + ", its trailer (98) says " + total);
                    }
                    fileTotal = fileTotal.add(total);
                }
                case "99" -> {
                    BigInteger total = integer(field(record, 1), "the file's control total");
                    if (total.compareTo(fileTotal) != 0) {
                        throw new StatementRefused("the file does not add up: its groups total " + fileTotal
                                + ", its trailer (99) says " + total);
                    }
                }
                default -> throw new StatementRefused("record type '" + record[0] + "' is not a BAI2 record");
            }
        }
        if (account != null) {
            throw new StatementRefused("account " + account.number + " has no trailer (49): the file is cut short");
        }
        if (statements.isEmpty()) {
            throw new StatementRefused("the BAI2 file holds no account");
        }
        return statements;
    }

    /** Logical records: split where one ends ("/") and the next begins, 88 continuations joined to their record. */
    private static List<String[]> records(String text) {
        List<String[]> records = new ArrayList<>();
        for (String physical : text.replace("\r", "").split("\n")) {
            if (!records.isEmpty() && !physical.isBlank() && !RECORD_CODE.matcher(physical).lookingAt()) {
                // a record wrapped onto the next line without an 88: the rest of its text
                String[] previous = records.get(records.size() - 1);
                String rest = physical.strip();
                previous[previous.length - 1] = previous[previous.length - 1] + " "
                        + (rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest);
                continue;
            }
            for (String piece : RECORD_START.split(physical)) {
                String record = piece.strip();
                if (record.isEmpty()) {
                    continue;
                }
                if (record.endsWith("/")) {
                    record = record.substring(0, record.length() - 1);
                }
                String[] fields = record.split(",", -1);
                if (fields[0].equals("88") && !records.isEmpty()) {
                    String[] previous = records.remove(records.size() - 1);
                    String[] joined = Arrays.copyOf(previous, previous.length + fields.length - 1);
                    System.arraycopy(fields, 1, joined, previous.length, fields.length - 1);
                    records.add(joined);
                } else {
                    records.add(fields);
                }
            }
        }
        return records;
    }

    /** One account of a group: its summary amounts and details as read, in minor units. */
    private static final class Account {
        final String number;
        final String currency;
        final LocalDate asOf;
        final int minorUnits;
        BigInteger controlTotal = BigInteger.ZERO;
        BigInteger opening;
        BigInteger closing;
        final List<StatementLine> lines = new ArrayList<>();

        Account(String number, String currency, LocalDate asOf, String[] record) {
            this.number = number;
            this.currency = currency;
            this.asOf = asOf;
            try {
                this.minorUnits = Currency.getInstance(currency).getDefaultFractionDigits();
            } catch (IllegalArgumentException e) {
                throw new StatementRefused("account " + number + " names no currency known to ISO 4217: '"
                        + currency + "'", e);
            }
            // summaries: type code, amount, item count, funds type (and what the funds type brings)
            int at = 3;
            while (at < record.length) {
                String type = record[at].strip();
                if (type.isEmpty()) { // an empty summary (type, amount, count, funds type), or the record's end
                    at += 4;
                    continue;
                }
                String amount = field(record, at + 1);
                if (!amount.isEmpty()) {
                    BigInteger value = integer(amount, "summary " + type + " of account " + number);
                    controlTotal = controlTotal.add(value);
                    if (type.equals("010")) {
                        opening = value;
                    } else if (type.equals("015")) {
                        closing = value;
                    }
                }
                at = afterFundsType(record, at + 3);
            }
        }

        void detail(String[] record) {
            String type = field(record, 1);
            BigInteger amount = field(record, 2).isEmpty() ? BigInteger.ZERO
                    : integer(field(record, 2), "a detail of account " + number);
            controlTotal = controlTotal.add(amount);
            int at = afterFundsType(record, 3);
            String bankReference = field(record, at);
            String customerReference = field(record, at + 1);
            String text = at + 2 < record.length
                    ? String.join(",", Arrays.copyOfRange(record, at + 2, record.length)).strip() : "";
            int code = type.matches("\\d{3}") ? Integer.parseInt(type) : 999;
            if (code >= 700) { // non-monetary information
                return;
            }
            BigDecimal value = new BigDecimal(amount, minorUnits);
            lines.add(new StatementLine(asOf, asOf, code < 400 ? value : value.negate(), false, type,
                    customerReference.isEmpty() ? null : customerReference,
                    bankReference.isEmpty() ? null : bankReference, text.isEmpty() ? null : text, true, List.of()));
        }

        BankStatement statement(String fileId, int report) {
            BankStatement.Balance start = opening == null ? null
                    : new BankStatement.Balance(asOf, new BigDecimal(opening, minorUnits));
            BankStatement.Balance end = closing == null ? null
                    : new BankStatement.Balance(asOf, new BigDecimal(closing, minorUnits));
            BankStatement statement = new BankStatement(StatementFormat.BAI2,
                    fileId + "-" + number + (report == 1 ? "" : "-" + report),
                    asOf == null ? null : asOf.toString(), number, currency, start, end, lines);
            if (start != null && end != null && start.amount().add(statement.movement())
                    .compareTo(end.amount()) != 0) {
                throw new StatementRefused("account " + number + " does not add up: opening ledger "
                        + start.amount().toPlainString() + " plus its details (" + statement.movement().toPlainString()
                        + ") is " + start.amount().add(statement.movement()).toPlainString()
                        + ", the closing ledger says " + end.amount().toPlainString());
            }
            return statement;
        }
    }

    /** The index after a funds type field and the fields it brings (S: three amounts, V: date and time, D: list). */
    private static int afterFundsType(String[] record, int at) {
        String funds = field(record, at);
        return switch (funds) {
            case "S" -> at + 4;
            case "V" -> at + 3;
            case "D" -> {
                String count = field(record, at + 1);
                int distributions = count.isEmpty() ? 0 : Integer.parseInt(count);
                yield at + 2 + 2 * distributions;
            }
            default -> at + 1;
        };
    }

    private static String field(String[] record, int index) {
        return index < record.length ? record[index].strip() : "";
    }

    private static BigInteger integer(String value, String what) {
        try {
            return new BigInteger(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException e) {
            throw new StatementRefused(what + " is not a whole amount in minor units: '" + value + "'", e);
        }
    }
}
