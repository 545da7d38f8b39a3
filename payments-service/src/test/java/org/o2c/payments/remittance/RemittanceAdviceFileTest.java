package org.o2c.payments.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.o2c.payments.upload.DecimalText;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.Violation;

/** Remittance advices as customers send them: German CSV from a spreadsheet, English CSV, XLSX, and mistakes. */
class RemittanceAdviceFileTest {

    @Test
    void aGermanSpreadsheetsCsvWithSemicolonsDecimalCommasAndItsOwnHeadersIsRead() {
        String csv = """
                Zahlungsreferenz;Rechnungsnummer;Betrag;Skonto;Kunde
                ZAHLUNG 2026/1101;INV-2026-000012;1.166,20;23,80;Brauhaus Köhler
                ZAHLUNG 2026/1101;INV-2026-000013;250,00;;Brauhaus Köhler

                """;
        List<AdviceRow> rows = RemittanceAdviceFile.read(csv.getBytes(Charset.forName("windows-1252")));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).referenceKey()).isEqualTo("ZAHLUNG20261101");
        assertThat(rows.get(0).amount()).isEqualByComparingTo("1166.20");
        assertThat(rows.get(0).discount()).isEqualByComparingTo("23.80");
        assertThat(rows.get(0).payerName()).isEqualTo("Brauhaus Köhler");
        assertThat(rows.get(1).discount()).isNull();
        assertThat(rows.get(1).row()).isEqualTo(3);
    }

    @Test
    void anXlsxSheetIsReadWithNumbersAsTheyWereEntered() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "o2c", "1.0");
        Worksheet sheet = workbook.newWorksheet("Advice");
        sheet.value(0, 0, "Payment Reference");
        sheet.value(0, 1, "Invoice No.");
        sheet.value(0, 2, "Amount Paid");
        sheet.value(1, 0, "PAY-7781");
        sheet.value(1, 1, "INV-2026-000044");
        sheet.value(1, 2, 1.1 + 2.2); // a sum in a cell: 3.3000000000000003
        sheet.value(3, 0, "PAY-7781"); // a blank row in between is skipped
        sheet.value(3, 1, "INV-2026-000045");
        sheet.value(3, 2, 12.5);
        workbook.finish();
        List<AdviceRow> rows = RemittanceAdviceFile.read(out.toByteArray());
        assertThat(rows).extracting(AdviceRow::invoiceNumber).containsExactly("INV-2026-000044", "INV-2026-000045");
        assertThat(rows).extracting(AdviceRow::amount).containsExactly(new BigDecimal("3.30"),
                new BigDecimal("12.5"));
        assertThat(rows.get(1).row()).isEqualTo(4);
    }

    @Test
    void everyBrokenRowIsNamedAndAMissingColumnSaysWhatTheHeaderReads() {
        String csv = """
                reference,invoice,amount
                PAY-1,INV-1,12.345
                ,INV-2,10.00
                PAY-3,INV-3,ten
                PAY-4,INV-4,-5.00
                """;
        assertThatThrownBy(() -> RemittanceAdviceFile.read(csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("rows[2].amount", "decimals"),
                                org.assertj.core.groups.Tuple.tuple("rows[3].paymentReference", "required"),
                                org.assertj.core.groups.Tuple.tuple("rows[4].amount", "amount"),
                                org.assertj.core.groups.Tuple.tuple("rows[5].amount", "positive")));
        assertThatThrownBy(() -> RemittanceAdviceFile.read("reference,total\nPAY-1,10.00\n"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.violations())
                        .extracting(Violation::message).containsExactly(
                                "no column for the invoice number (a header such as 'invoice'); the header reads "
                                        + "[reference, total]",
                                "no column for the amount (a header such as 'amount'); the header reads "
                                        + "[reference, total]"));
    }

    @Test
    void amountsAreReadAsPeopleWriteThem() {
        assertThat(DecimalText.parse("1,234.56")).isEqualByComparingTo("1234.56");
        assertThat(DecimalText.parse("1.234,56")).isEqualByComparingTo("1234.56");
        assertThat(DecimalText.parse("1234,5")).isEqualByComparingTo("1234.5");
        assertThat(DecimalText.parse("1 234.56")).isEqualByComparingTo("1234.56");
        assertThat(DecimalText.parse("1'234.56")).isEqualByComparingTo("1234.56");
        assertThat(DecimalText.parse("1.234.567")).isEqualByComparingTo("1234567");
        assertThat(DecimalText.parse("-12.00")).isEqualByComparingTo("-12.00");
        assertThat(DecimalText.parse("1e400")).isNull();
        assertThat(DecimalText.parse("EUR 12")).isNull();
        assertThat(DecimalText.parse("")).isNull();
    }
}
