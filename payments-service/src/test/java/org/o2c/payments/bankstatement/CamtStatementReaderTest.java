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
 * Every camt.053 and camt.054 file of the sample corpus (copied in {@code bank-files}) is read or refused with its
 * reason: the files read hold as many statements, entries and transactions as their elements say and each
 * statement adds up; the refused ones are the samples whose own balances do not, or that lack one.
 */
class CamtStatementReaderTest {
    private static final Map<String, String> REFUSED = Map.of(
            "v02_edge_three_decimal_amounts.xml", "opening balance 18.150 plus its booked entries (8.850) is 27.000,"
                    + " the closing balance says 27.050",
            "v02_nl_ing_batch.xml", "opening balance 7329.80 plus its booked entries (2934.26) is 10264.06, the"
                    + " closing balance says 23038.20",
            "v08_ch_qrr_and_rf_creditor_ref.xml", "opening balance 82721.95 plus its booked entries (542.28) is"
                    + " 83264.23, the closing balance says 84515.25",
            "v08_edge_mixed_currency_balances.xml", "gives its opening balance in EUR and its closing balance in SEK",
            "v10_wise_usd.xml", "has no opening booked balance (OPBD or PRCD)");

    private final CamtStatementReader reader = new CamtStatementReader();

    @Test
    void readsEveryCorpusFileThatAddsUpAndRefusesTheOthersSayingWhy() {
        int read = BankFiles.readOrRefuse(List.of("camt053", "camt054"), reader::read, REFUSED, (folder, file) -> {
            String text = new String(file.content(), StandardCharsets.UTF_8);
            List<BankStatement> statements = file.statements();
            assertThat(statements).as(file.name())
                    .hasSize(count(text, folder.equals("camt053") ? "Stmt" : "Ntfctn"));
            assertThat(statements.stream().mapToInt(s -> s.lines().size()).sum()).as(file.name() + ": entries")
                    .isEqualTo(count(text, "Ntry"));
            assertThat(statements.stream().flatMap(s -> s.lines().stream()).mapToInt(l -> l.transactions().size())
                    .sum()).as(file.name() + ": transactions").isEqualTo(count(text, "TxDtls"));
            for (BankStatement statement : statements) {
                if (statement.format() == StatementFormat.CAMT053) {
                    assertThat(statement.opening().amount().add(statement.lines().stream()
                            .filter(StatementLine::booked).map(StatementLine::amount)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)))
                            .as(file.name()).isEqualByComparingTo(statement.closing().amount());
                } else {
                    assertThat(statement.opening()).isNull();
                }
            }
        });
        assertThat(read).as("files read").isEqualTo(9);
    }

    @Test
    void transactionsCarryTheirReferencesRemittancePayerAndReturnReason() {
        BankStatement notification = reader.read(BankFiles.read("camt054/v08_ch_isr_scor_refs.xml")).get(0);
        assertThat(notification.format()).isEqualTo(StatementFormat.CAMT054);
        List<TransactionDetails> transactions = notification.lines().get(0).transactions();
        assertThat(transactions).hasSize(3);
        assertThat(transactions.get(0).remittance())
                .isEqualTo("Unstructured Remittance Information V1 Additional Remittance Information V1");
        assertThat(transactions.get(0).creditorReference()).isEqualTo("ISR ref number V1");

        BankStatement returns = reader.read(BankFiles.read("camt054/v04_ch_postfinance_dd_returns_reversal.xml"))
                .get(0);
        assertThat(returns.lines().stream().filter(StatementLine::reversal)).hasSize(2);
        assertThat(returns.lines().stream().flatMap(l -> l.transactions().stream())
                .map(TransactionDetails::returnReason)).contains("MD06");

        BankStatement month = reader.read(BankFiles.read("camt053/v02_be_month_268_entries_anonymised.xml")).get(0);
        assertThat(month.lines()).hasSize(268);
        StatementLine first = month.lines().get(0);
        assertThat(first.bookingDate()).isNotNull();
        assertThat(first.transactions().get(0).endToEndId()).isNotBlank();
        assertThat(month.account()).startsWith("BE");
        assertThat(month.opening().date()).isBeforeOrEqualTo(month.closing().date());
    }

    @Test
    void entitiesUnknownVersionsAndOtherDocumentsAreRefusedSayingWhat() {
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">&x;</Document>";
        assertThatThrownBy(() -> reader.read(entity.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("DOCTYPE is not accepted");
        String laugh = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                + "<d>&b;</d>";
        assertThatThrownBy(() -> reader.read(laugh.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("DOCTYPE is not accepted");
        String future = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.13\"><BkToCstmrStmt/>"
                + "</Document>";
        assertThatThrownBy(() -> reader.read(future.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("versions .001.02 to .001.10");
        String payment = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>";
        assertThatThrownBy(() -> reader.read(payment.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("not a camt.053 or camt.054 document");
        assertThatThrownBy(() -> reader.read("<Document".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("line 1");
    }

    @Test
    void theFormatIsToldFromTheContent() {
        BankFileReader files = new BankFileReader();
        assertThat(files.read(BankFiles.read("camt053/v02_multi_statement.xml"))).extracting(BankStatement::format)
                .containsOnly(StatementFormat.CAMT053);
        assertThat(files.read(BankFiles.read("mt940/pl_mbank_pln.sta"))).extracting(BankStatement::format)
                .containsOnly(StatementFormat.MT940);
        assertThat(files.read(BankFiles.read("mt942/pl_mbank_interim_pln.sta"))).extracting(BankStatement::format)
                .containsOnly(StatementFormat.MT942);
        assertThat(files.read(BankFiles.read("bai2/sample1_cad_returned_cheques.bai")))
                .extracting(BankStatement::format).containsOnly(StatementFormat.BAI2);
        assertThatThrownBy(() -> files.read("date;amount\n2026-01-02;10.00\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("the formats read are");
        assertThat(files.read(BankFiles.read("camt053/v02_multi_statement.xml")).get(0).lines().get(0).valueDate())
                .isAfter(LocalDate.of(2000, 1, 1));
    }

    private static int count(String xml, String element) {
        return (int) Pattern.compile("<(?:\\w+:)?" + element + "[\\s>]").matcher(xml).results().count();
    }
}
