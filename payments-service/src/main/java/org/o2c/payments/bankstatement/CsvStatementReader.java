package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.o2c.payments.upload.DecimalText;
import org.o2c.payments.upload.TableFile;

/**
 * Reads a bank account's CSV (or XLSX) export with its saved {@link CsvMapping}: one statement of that account,
 * its rows in date order (an export listing the newest first is turned round). With a balance column, the opening
 * balance is the first row's balance less its amount, and every row's balance must be the one before plus its
 * amount; a row that breaks this, or whose date or amount cannot be read, refuses the file naming the row.
 */
final class CsvStatementReader {
    static final int MAX_ROWS = 20_000;

    private CsvStatementReader() {
    }

    static BankStatement read(byte[] file, CsvMapping mapping, String account, String currency, String reference) {
        TableFile table;
        try {
            table = TableFile.read("file", file, MAX_ROWS);
        } catch (RuntimeException e) {
            throw new StatementRefused(e.getMessage());
        }
        DateTimeFormatter dates = mapping.dateFormat() == null || mapping.dateFormat().isBlank()
                ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofPattern(mapping.dateFormat());
        int valueDate = column(table, mapping.valueDate(), "valueDate", true).orElseThrow();
        Optional<Integer> bookingDate = column(table, mapping.bookingDate(), "bookingDate", false);
        Optional<Integer> amount = column(table, mapping.amount(), "amount", false);
        Optional<Integer> credit = column(table, mapping.credit(), "credit", false);
        Optional<Integer> debit = column(table, mapping.debit(), "debit", false);
        Optional<Integer> balance = column(table, mapping.balanceAfter(), "balanceAfter", false);
        Optional<Integer> name = column(table, mapping.counterpartyName(), "counterpartyName", false);
        Optional<Integer> otherAccount = column(table, mapping.counterpartyAccount(), "counterpartyAccount", false);
        Optional<Integer> endToEnd = column(table, mapping.endToEndId(), "endToEndId", false);
        Optional<Integer> bankReference = column(table, mapping.bankReference(), "bankReference", false);
        if (amount.isEmpty() && credit.isEmpty() && debit.isEmpty()) {
            throw new StatementRefused("the mapping names no amount column");
        }
        List<Integer> remittance = mapping.remittanceColumns().stream()
                .map(c -> column(table, c, "remittance", true).orElseThrow()).toList();

        record Row(int number, StatementLine line, BigDecimal balance) {
        }
        List<Row> rows = new ArrayList<>();
        for (TableFile.Row row : table.rows()) {
            String at = "row " + row.number();
            LocalDate value = date(row.cell(valueDate), dates, at);
            LocalDate booked = bookingDate.map(c -> row.cell(c)).filter(t -> !t.isEmpty())
                    .map(t -> date(t, dates, at)).orElse(null);
            BigDecimal signed = amount.isPresent() ? decimal(row.cell(amount.get()), at, "amount", true)
                    : signed(row, credit, debit, at);
            BigDecimal after = balance.map(c -> decimal(row.cell(c), at, "balance", true)).orElse(null);
            String text = remittance.stream().map(row::cell).filter(t -> !t.isEmpty())
                    .collect(Collectors.joining(" "));
            TransactionDetails details = new TransactionDetails(null, endToEnd.map(row::cell).filter(t -> !t.isEmpty())
                    .orElse(null), null, text.isEmpty() ? null : text, name.map(row::cell).filter(t -> !t.isEmpty())
                    .orElse(null), otherAccount.map(row::cell).filter(t -> !t.isEmpty()).orElse(null), null);
            rows.add(new Row(row.number(), new StatementLine(value, booked, signed, false, null, null,
                    bankReference.map(row::cell).filter(t -> !t.isEmpty()).orElse(null), null, true,
                    List.of(details)), after));
        }
        if (rows.isEmpty()) {
            throw new StatementRefused("the export holds no rows");
        }
        if (rows.get(0).line().valueDate().isAfter(rows.get(rows.size() - 1).line().valueDate())) {
            Collections.reverse(rows); // newest first, as many banks export
        }
        BankStatement.Balance opening = null;
        BankStatement.Balance closing = null;
        if (balance.isPresent()) {
            BigDecimal running = rows.get(0).balance().subtract(rows.get(0).line().amount());
            opening = new BankStatement.Balance(rows.get(0).line().valueDate(), running);
            for (Row row : rows) {
                running = running.add(row.line().amount());
                if (running.compareTo(row.balance()) != 0) {
                    throw new StatementRefused("row " + row.number() + ": the balance after it is " + row.balance()
                            + ", but the rows before and its amount give " + running);
                }
            }
            closing = new BankStatement.Balance(rows.get(rows.size() - 1).line().valueDate(), running);
        }
        return new BankStatement(StatementFormat.CSV, reference, null, account, currency, opening, closing,
                rows.stream().map(Row::line).toList());
    }

    private static Optional<Integer> column(TableFile table, String header, String field, boolean required) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        Optional<Integer> column = table.column(List.of(header));
        if (column.isEmpty()) {
            throw new StatementRefused("the mapping's " + field + " column '" + header + "' is not in the export, "
                    + "whose header reads " + table.header());
        }
        return column;
    }

    private static BigDecimal signed(TableFile.Row row, Optional<Integer> credit, Optional<Integer> debit,
                                     String at) {
        BigDecimal in = credit.map(c -> decimal(row.cell(c), at, "credit", false)).orElse(null);
        BigDecimal out = debit.map(c -> decimal(row.cell(c), at, "debit", false)).orElse(null);
        if ((in == null) == (out == null)) {
            throw new StatementRefused(at + ": one of credit and debit must hold the amount");
        }
        return in != null ? in.abs() : out.abs().negate();
    }

    private static BigDecimal decimal(String text, String at, String what, boolean required) {
        if (text.isEmpty() && !required) {
            return null;
        }
        BigDecimal value = DecimalText.parse(text);
        if (value == null) {
            throw new StatementRefused(at + ": the " + what + " '" + text + "' is not an amount");
        }
        return value;
    }

    private static LocalDate date(String text, DateTimeFormatter format, String at) {
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            throw new StatementRefused(at + ": '" + text + "' is not a date as the mapping writes them");
        }
    }
}
