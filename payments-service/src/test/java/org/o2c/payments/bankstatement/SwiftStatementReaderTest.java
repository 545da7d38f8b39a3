package org.o2c.payments.bankstatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every MT940 and MT942 file of the sample corpus (copied in {@code bank-files}) is read or refused with its
 * reason: the files the reader takes hold as many statements and lines as their :20: and :61: fields say, and each
 * statement's opening balance plus its lines is its closing balance; the files it refuses are the sample files
 * whose own figures do not add up, and the reason says by how much.
 */
class SwiftStatementReaderTest {
    private static final Pattern MESSAGE = Pattern.compile("(?m)^:20:");
    private static final Pattern LINE = Pattern.compile("(?m)^:61:");

    /** Files whose figures do not add up, with the part of the reason that says how. */
    private static final Map<String, String> REFUSED = Map.of(
            "ch_postfinance_swift_blocks.sta", "opening balance 229.2 plus its 2 lines (-69.8) is 159.4, the closing"
                    + " balance says 159.6",
            "de_deutschebank_sepa_dd_return_charges.sta", "plus its 1 lines (-12.35) is -12.35, the closing balance"
                    + " says 0.00",
            "hk_hsbc_hkd_ocmt_usd.sta", "plus its 1 lines (-20000.00) is -20000.00",
            "nl_abnamro_legacy_86.sta", "opening balance 3236.28 plus its 8 lines (-321.44) is 2914.84, the closing"
                    + " balance says 876.84",
            "nl_ing_legacy_86.sta", "plus its 7 lines (-45.59) is -45.59, the closing balance says 3.47",
            "nl_rabobank_legacy_multicurrency_forward_balances.sta", "plus its 0 lines (0) is 0.00, the closing"
                    + " balance says 2145.00",
            "nl_rabobank_sepa_structured_86.sta", "opening balance 1147.95 plus its 4 lines (387.56) is 1535.51",
            "generic_interim_eur.sta", "its total of debits says 1 for 2.30 EUR, its lines hold 1 for 0.42");

    private final SwiftStatementReader reader = new SwiftStatementReader();

    @Test
    void readsEveryCorpusFileThatAddsUpAndRefusesTheOthersSayingByHowMuch() {
        int read = BankFiles.readOrRefuse(List.of("mt940", "mt942"), reader::read, REFUSED, (folder, file) -> {
            String text = new String(file.content(), StandardCharsets.ISO_8859_1);
            List<BankStatement> statements = file.statements();
            assertThat(statements).as(file.name() + ": statements")
                    .hasSize((int) MESSAGE.matcher(text).results().count());
            assertThat(statements.stream().mapToLong(s -> s.lines().size()).sum()).as(file.name() + ": lines")
                    .isEqualTo(LINE.matcher(text).results().count());
            for (BankStatement statement : statements) {
                assertThat(statement.format()).isEqualTo(folder.equals("mt942")
                        ? StatementFormat.MT942 : StatementFormat.MT940);
                if (statement.format() == StatementFormat.MT940) {
                    assertThat(statement.opening().amount().add(statement.movement()))
                            .as(file.name() + " " + statement.statementId())
                            .isEqualByComparingTo(statement.closing().amount());
                }
            }
        });
        assertThat(read).as("files read").isEqualTo(8);
    }

    @Test
    void aLineCarriesItsDatesSignedAmountCodeReferencesAndDetails() {
        List<BankStatement> statements = reader.read(BankFiles.read("mt940/de_sparkasse_gutschrift_62M.sta"));
        BankStatement first = statements.get(0);
        assertThat(first.statementId()).isEqualTo("STARTUMS");
        assertThat(first.account()).isEqualTo("20090500/0006853030");
        assertThat(first.currency()).isEqualTo("EUR");
        assertThat(first.opening()).isEqualTo(new BankStatement.Balance(LocalDate.of(2010, 2, 17),
                new BigDecimal("1818.90")));
        assertThat(first.closing().amount()).isEqualByComparingTo("2330.90");
        StatementLine credit = first.lines().get(0);
        assertThat(credit.valueDate()).isEqualTo(LocalDate.of(2010, 2, 17));
        assertThat(credit.bookingDate()).isEqualTo(LocalDate.of(2010, 2, 4));
        assertThat(credit.amount()).isEqualByComparingTo("80");
        assertThat(credit.reversal()).isFalse();
        assertThat(credit.transactionCode()).isEqualTo("N 051");
        assertThat(credit.customerReference()).isEqualTo("00001238972230329");
        assertThat(credit.details()).startsWith("051?00Gutschrift?10931?20SOME DESCRIPTION?21MORE DESC");
        assertThat(first.lines().get(2).customerReference()).as("NONREF is no reference").isNull();
    }

    @Test
    void theInformationFieldGivesThePayerItsAccountTheRemittanceAndTheEndToEndReference() {
        TransactionDetails gvc = reader.read(BankFiles.read("mt940/de_volksbank_raiffeisen_svwz.sta")).get(0)
                .lines().get(0).transactions().get(0);
        assertThat(gvc.counterpartyName()).isEqualTo("Olivia Dorn");
        assertThat(gvc.counterpartyAccount()).isEqualTo("DE40500105174675974588");
        assertThat(gvc.remittance()).startsWith("einfach so fuer euch");
        assertThat(gvc.amount()).isPositive();
        assertThat(reader.read(BankFiles.read("mt940/de_volksbank_raiffeisen_svwz.sta")).stream()
                .flatMap(statement -> statement.lines().stream()).map(line -> line.transactions().get(0))
                .map(TransactionDetails::remittance)).as("remittance lines run on without a separator")
                .contains("Beitrag Musical fuer FRIDA inklusive 1 CD IBAN: DE10500105174381957749 BIC: KRHADE21");

        TransactionDetails keys = reader.read(BankFiles.read("mt940/nl_bunq_iban_name_remi.sta")).get(0).lines()
                .get(0).transactions().get(0);
        assertThat(keys.counterpartyAccount()).isEqualTo("NL65BUNQ2206724936");
        assertThat(keys.counterpartyName()).isEqualTo("P.C. Wacki");
        assertThat(keys.remittance()).isNull();

        TransactionDetails macedonian = reader.read(BankFiles.read("mt940/mk_kbs_mkd_benm.sta")).get(0).lines()
                .get(0).transactions().get(0);
        assertThat(macedonian.counterpartyAccount()).isEqualTo("300000003998473");
        assertThat(macedonian.counterpartyName()).isEqualTo("MAKEDONSKI TELEKOM AD - SKOPJE");

        String sepa = ":20:REF4\n:25:NL50RABO0123456789\n:28C:1\n:60F:C260101EUR0,00\n"
                + ":61:2601020102C121,00NTRFNONREF\n:86:/EREF/E2E-7781/ORDP//NAME/Brauhaus Koehler/REMI/INV-2026-0\n"
                + "00123 and INV-2026-000124/IBAN/DE89370400440532013000\n:62F:C260102EUR121,00\n";
        TransactionDetails structured = reader.read(sepa.getBytes(StandardCharsets.UTF_8)).get(0).lines().get(0)
                .transactions().get(0);
        assertThat(structured.endToEndId()).isEqualTo("E2E-7781");
        assertThat(structured.counterpartyName()).isEqualTo("Brauhaus Koehler");
        assertThat(structured.counterpartyAccount()).isEqualTo("DE89370400440532013000");
        assertThat(structured.remittance()).isEqualTo("INV-2026-000123 and INV-2026-000124");
    }

    @Test
    void aReversedCreditIsMoneyOutAndAnInterimReportIsCheckedAgainstItsTotals() {
        StatementLine reversal = reader.read(BankFiles.read("mt940/de_sepa_returns_batches_storno.sta")).stream()
                .flatMap(s -> s.lines().stream()).filter(StatementLine::reversal).findFirst().orElseThrow();
        assertThat(reversal.amount()).isEqualByComparingTo("-204.88");
        assertThat(reversal.valueDate()).isEqualTo(LocalDate.of(2007, 9, 4));

        BankStatement interim = reader.read(BankFiles.read("mt942/pl_mbank_interim_pln.sta")).get(0);
        assertThat(interim.format()).isEqualTo(StatementFormat.MT942);
        assertThat(interim.opening()).isNull();
        assertThat(interim.currency()).isEqualTo("PLN");
        assertThat(interim.lines()).hasSize(3).allSatisfy(line -> assertThat(line.amount()).isPositive());
    }

    @Test
    void aFileWithoutAStatementOrWithABrokenFieldIsRefusedSayingWhat() {
        assertThatThrownBy(() -> reader.read("<html>not a statement</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("no field :20:");
        String brokenBalance = ":20:REF1\n:25:DE89370400440532013000\n:28C:1/1\n:60F:C2613EUR1,00\n"
                + ":61:2601020102C1,00NTRFNONREF\n:62F:C260102EUR2,00\n";
        assertThatThrownBy(() -> reader.read(brokenBalance.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining(":60F:");
        String noAccount = ":20:REF2\n:28C:1/1\n:60F:C260101EUR1,00\n:62F:C260102EUR1,00\n";
        assertThatThrownBy(() -> reader.read(noAccount.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("account (:25:)");
        String fine = ":20:REF3\n:25:DE89370400440532013000\n:28C:1/1\n:60F:C260101EUR1,00\n"
                + ":61:2601020102D0,25NTRFINV-2026-000123//B1\n:86:RF18 5390 0754 7034\n:62F:C260102EUR0,75\n";
        StatementLine line = reader.read(fine.getBytes(StandardCharsets.UTF_8)).get(0).lines().get(0);
        assertThat(line.amount()).isEqualByComparingTo("-0.25");
        assertThat(line.customerReference()).isEqualTo("INV-2026-000123");
        assertThat(line.bankReference()).isEqualTo("B1");
        assertThat(line.details()).isEqualTo("RF18 5390 0754 7034");
    }
}
