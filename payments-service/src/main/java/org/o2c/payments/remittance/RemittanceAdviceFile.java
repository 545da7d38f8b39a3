package org.o2c.payments.remittance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.o2c.payments.upload.DecimalText;
import org.o2c.payments.upload.TableFile;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.problem.Violation;

/**
 * Reads a remittance advice table. Columns are found by their header, whatever the case, spacing or punctuation:
 * <ul>
 *   <li>payment reference (required): {@code payment reference}, {@code reference}, {@code end to end id},
 *       {@code Zahlungsreferenz};</li>
 *   <li>invoice (required): {@code invoice}, {@code invoice number}, {@code invoice no}, {@code document},
 *       {@code Rechnung}, {@code Rechnungsnummer}, {@code Belegnummer};</li>
 *   <li>amount paid on the invoice (required): {@code amount}, {@code amount paid}, {@code paid}, {@code Betrag},
 *       {@code Zahlbetrag};</li>
 *   <li>discount taken (optional): {@code discount}, {@code cash discount}, {@code Skonto};</li>
 *   <li>payer (optional): {@code payer}, {@code customer}, {@code Kunde}, {@code Zahler}.</li>
 * </ul>
 * Amounts as {@link DecimalText} reads them, with at most two decimals (an XLSX number a float away from two
 * decimals is taken at two). Every row that breaks a rule is named in one problem, and nothing is kept.
 */
final class RemittanceAdviceFile {
    static final int MAX_ROWS = 5_000;
    private static final List<String> REFERENCE = List.of("payment reference", "reference", "payment ref",
            "end to end id", "endtoendid", "Zahlungsreferenz", "Referenz");
    private static final List<String> INVOICE = List.of("invoice", "invoice number", "invoice no", "document",
            "document number", "Rechnung", "Rechnungsnummer", "Rechnungsnr", "Belegnummer");
    private static final List<String> AMOUNT = List.of("amount", "amount paid", "paid", "paid amount", "Betrag",
            "Zahlbetrag");
    private static final List<String> DISCOUNT = List.of("discount", "cash discount", "discount taken", "Skonto");
    private static final List<String> PAYER = List.of("payer", "customer", "customer name", "Kunde", "Zahler");

    private RemittanceAdviceFile() {
    }

    static List<AdviceRow> read(byte[] file) {
        TableFile table = TableFile.read("file", file, MAX_ROWS);
        List<Violation> violations = new ArrayList<>();
        Optional<Integer> reference = required(table, REFERENCE, "payment reference", violations);
        Optional<Integer> invoice = required(table, INVOICE, "invoice number", violations);
        Optional<Integer> amount = required(table, AMOUNT, "amount", violations);
        if (!violations.isEmpty()) {
            throw problem(violations);
        }
        Optional<Integer> discount = table.column(DISCOUNT);
        Optional<Integer> payer = table.column(PAYER);
        List<AdviceRow> rows = new ArrayList<>();
        for (TableFile.Row row : table.rows()) {
            String at = "rows[" + row.number() + "]";
            String ref = row.cell(reference.get());
            String number = row.cell(invoice.get());
            if (AdviceRow.keyOf(ref).isEmpty() || ref.length() > 140) {
                violations.add(new Violation(at + ".paymentReference", "required",
                        "a payment reference of 1 to 140 characters with a letter or digit"));
            }
            if (number.isEmpty() || number.length() > 40) {
                violations.add(new Violation(at + ".invoiceNumber", "required", "an invoice number of 1 to 40 "
                        + "characters"));
            }
            BigDecimal paid = amount(row.cell(amount.get()), at + ".amount", true, violations);
            BigDecimal taken = discount.isPresent()
                    ? amount(row.cell(discount.get()), at + ".discount", false, violations) : null;
            String name = payer.map(row::cell).filter(p -> !p.isEmpty()).orElse(null);
            rows.add(new AdviceRow(row.number(), ref, AdviceRow.keyOf(ref), number, paid,
                    taken == null || taken.signum() == 0 ? null : taken,
                    name == null ? null : name.substring(0, Math.min(200, name.length()))));
        }
        if (!violations.isEmpty()) {
            throw problem(violations);
        }
        if (rows.isEmpty()) {
            throw problem(List.of(new Violation("file", "not-empty", "the advice has no rows")));
        }
        return rows;
    }

    private static Optional<Integer> required(TableFile table, List<String> names, String what,
                                              List<Violation> violations) {
        Optional<Integer> column = table.column(names);
        if (column.isEmpty()) {
            violations.add(new Violation("file", "column", "no column for the " + what + " (a header such as '"
                    + names.get(0) + "'); the header reads " + table.header()));
        }
        return column;
    }

    private static BigDecimal amount(String text, String field, boolean required, List<Violation> violations) {
        if (text.isEmpty()) {
            if (required) {
                violations.add(new Violation(field, "required", "an amount is required"));
            }
            return null;
        }
        BigDecimal value = DecimalText.parse(text);
        if (value == null) {
            violations.add(new Violation(field, "amount", "'" + text + "' is not an amount"));
            return null;
        }
        if (value.scale() > 2) {
            BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
            if (value.subtract(cents).abs().compareTo(new BigDecimal("0.000001")) > 0) {
                violations.add(new Violation(field, "decimals", text + " has more than two decimals"));
                return null;
            }
            value = cents;
        }
        if (value.signum() < 0 || required && value.signum() == 0) {
            violations.add(new Violation(field, "positive", "must be greater than 0"));
            return null;
        }
        return value;
    }

    private static ProblemException problem(List<Violation> violations) {
        return new ProblemException(ProblemType.BUSINESS_RULE_VIOLATED, violations.size() == 1
                ? violations.get(0).message() : "the advice breaks " + violations.size() + " rules", violations);
    }
}
