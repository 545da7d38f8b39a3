package org.o2c.payments.bankstatement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every BAI2 file of the sample corpus is read or refused with its reason: the files read hold one statement per
 * account record (03) and one line per money-moving detail (16), and match their control totals; the refused one is
 * the sample whose trailer does not match its amounts.
 */
class Bai2StatementReaderTest {
    private static final Pattern ACCOUNT = Pattern.compile("(?m)(?:^|/\\s+)03,");
    private static final Pattern DETAIL = Pattern.compile("(?m)(?:^|/\\s+)16,([0-9]{3})");
    private static final Map<String, String> REFUSED = Map.of("sample4_usd_continuations_ach_reject.bai",
            "account 107049932 does not add up: its amounts total 7999960, its trailer (49) says -1260161341762");

    private final Bai2StatementReader reader = new Bai2StatementReader();

    @Test
    void readsEveryCorpusFileThatMatchesItsControlTotalsAndRefusesTheOther() {
        int read = BankFiles.readOrRefuse(List.of("bai2"), reader::read, REFUSED, (folder, file) -> {
            String text = new String(file.content(), StandardCharsets.ISO_8859_1);
            assertThat(file.statements()).as(file.name()).hasSize((int) ACCOUNT.matcher(text).results().count());
            assertThat(file.statements().stream().mapToLong(s -> s.lines().size()).sum()).as(file.name())
                    .isEqualTo(DETAIL.matcher(text).results().filter(m -> Integer.parseInt(m.group(1)) < 700)
                            .count());
            assertThat(file.statements()).allSatisfy(s -> assertThat(s.format()).isEqualTo(StatementFormat.BAI2));
        });
        assertThat(read).isEqualTo(3);
    }

    @Test
    void amountsAreInTheCurrencysMinorUnitAndTheTypeCodeTellsCreditFromDebit() {
        List<BankStatement> cheques = reader.read(BankFiles.read("bai2/sample1_cad_returned_cheques.bai"));
        BankStatement first = cheques.get(0);
        assertThat(first.currency()).isEqualTo("CAD");
        assertThat(first.account()).isEqualTo("10200123456");
        StatementLine returned = first.lines().get(0);
        assertThat(returned.transactionCode()).isEqualTo("409");
        assertThat(returned.amount()).isEqualByComparingTo("-25.00");
        assertThat(returned.details()).isEqualTo("RETURNED CHEQUE");
        assertThat(returned.valueDate()).isEqualTo(LocalDate.of(2006, 3, 17));
        assertThat(first.lines().stream().filter(l -> l.transactionCode().equals("108")).findFirst().orElseThrow()
                .amount()).isEqualByComparingTo("2035.00");

        List<BankStatement> spec = reader.read(BankFiles.read("bai2/sample2_spec_example_funds_type_lockbox.bai"));
        assertThat(spec.get(0).opening().amount()).isEqualByComparingTo("43500.00");
        assertThat(spec.get(0).closing()).as("no closing ledger (015) given").isNull();
        assertThat(spec.get(1).opening().amount()).isEqualByComparingTo("-5000.00");
        assertThat(spec.get(1).lines().get(0).details()).isEqualTo("LOCK BOX NO.68751");
        assertThat(spec.get(2).lines().get(0).details())
                .isEqualTo("PROCEEDS OF LETTER OF CREDIT FROM THE ARAMCO OIL CO");
    }

    @Test
    void aFileCutShortOrWithOtherRecordsIsRefused() {
        String cut = "01,BANK,CUST,260101,0800,1,,,2/\n02,CUST,BANK,1,260101,,EUR,2/\n03,123,EUR,010,1000,,/\n"
                + "16,175,500,,REF,,PAYMENT/\n";
        assertThatThrownBy(() -> reader.read(cut.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("no trailer (49)");
        String wrongClosing = "01,BANK,CUST,260101,0800,1,,,2/\n02,CUST,BANK,1,260101,,EUR,2/\n"
                + "03,123,EUR,010,1000,,,015,1600,,/\n16,175,500,,REF,,PAYMENT/\n49,3100,3/\n98,3100,1,5/\n"
                + "99,3100,1,7/\n";
        assertThatThrownBy(() -> reader.read(wrongClosing.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementRefused.class).hasMessageContaining("opening ledger 10.00 plus its details"
                        + " (5.00) is 15.00, the closing ledger says 16.00");
    }
}
