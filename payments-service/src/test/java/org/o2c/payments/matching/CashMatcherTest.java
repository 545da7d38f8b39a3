package org.o2c.payments.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.o2c.payments.bankstatement.CreditorReference;
import org.o2c.payments.receivable.RestOfItem;
import org.o2c.payments.remittance.AdviceRow;

/** Each matching rule on its own: the customer and invoices it finds, its score and its reason. */
class CashMatcherTest {
    private static final UUID ALPHA = UUID.randomUUID();
    private static final UUID BETA = UUID.randomUUID();
    private static final OpenItemRow A1 = item(ALPHA, "Brauhaus Alpha GmbH", "INV-2026-000101", "500.00", 10);
    private static final OpenItemRow A2 = item(ALPHA, "Brauhaus Alpha GmbH", "INV-2026-000102", "250.00", 20);
    private static final OpenItemRow A3 = item(ALPHA, "Brauhaus Alpha GmbH", "INV-2026-000103", "120.00", 30);
    private static final OpenItemRow B1 = item(BETA, "Getränke Beta AG", "INV-2026-000201", "300.00", 15);

    private final CashMatcher matcher = new CashMatcher();

    @Test
    void aVerifiedCreditorReferenceNamesItsInvoice() {
        String rf = CreditorReference.rf("INV2026000102").value();
        List<Suggestion> found = suggest(line("250.00", rf, null, null, null), facts());
        assertThat(found.get(0).customerId()).isEqualTo(ALPHA);
        assertThat(found.get(0).score()).isEqualTo(100);
        assertThat(found.get(0).reasons()).anyMatch(r -> r.contains("creditor reference " + rf)
                && r.contains("check digits verified"));
        assertThat(found.get(0).allocations()).extracting(SuggestedAllocation::invoiceNumber)
                .containsExactly("INV-2026-000102");
    }

    @Test
    void aCreditorReferenceWithWrongCheckDigitsIsNoReference() {
        String rf = CreditorReference.rf("INV2026000102").value();
        String broken = rf.substring(0, 2) + (rf.charAt(2) == '9' ? '0' : (char) (rf.charAt(2) + 1)) + rf.substring(3);
        List<Suggestion> found = suggest(line("77.00", broken, null, null, null), facts());
        assertThat(found).noneMatch(s -> s.reasons().stream().anyMatch(r -> r.contains("creditor reference")));
    }

    @Test
    void anInvoiceNumberInTheTextIsReadWhateverItsPrefixAndSpacing() {
        List<Suggestion> found = suggest(line("500.00", null, "Rechnung inv 2026 000101 vielen Dank", null, null),
                facts());
        assertThat(found.get(0).score()).isEqualTo(100);
        assertThat(found.get(0).reasons()).containsExactly("invoice number INV-2026-000101 in the payer's text",
                "the amount 500.00 equals its open amount");
    }

    @Test
    void twoInvoiceNumbersPaidTogether() {
        List<Suggestion> found = suggest(line("750.00", null, "2026-000101 2026-000102", null, null), facts());
        assertThat(found.get(0).score()).isEqualTo(100);
        assertThat(found.get(0).allocations()).extracting(SuggestedAllocation::amount)
                .containsExactly(new BigDecimal("500.00"), new BigDecimal("250.00"));
    }

    @Test
    void aPartPaymentOfANamedInvoiceScoresBelowAFullOne() {
        List<Suggestion> found = suggest(line("200.00", null, "INV-2026-000101", null, null), facts());
        assertThat(found.get(0).score()).isEqualTo(88);
        assertThat(found.get(0).allocations().get(0).amount()).isEqualByComparingTo("200.00");
        assertThat(found.get(0).reasons()).contains("the amount 200.00 pays part of the 500.00 open");
    }

    @Test
    void aNumberWithTwoDigitsSwappedIsFoundWhenTheAmountAgrees() {
        List<Suggestion> found = suggest(line("300.00", null, "INV-2026-000210", null, null), facts());
        assertThat(found.get(0).customerId()).isEqualTo(BETA);
        assertThat(found.get(0).score()).isEqualTo(92);
        assertThat(found.get(0).reasons().get(0)).contains("read from '2026000210'").contains("two swapped");
        List<Suggestion> wrongAmount = suggest(line("299.00", null, "INV-2026-000210", null, null), facts());
        assertThat(wrongAmount.get(0).score()).isEqualTo(55);
    }

    @Test
    void amongNumbersOneDigitAwayTheInvoiceWhoseAmountAgreesIsTaken() {
        // 000104 is no invoice; 000101, 000102 and 000103 are all one wrong digit away
        List<Suggestion> found = suggest(line("250.00", null, "Re INV-2026-000104", null, null), facts());
        assertThat(found).hasSize(1);
        assertThat(found.get(0).allocations()).extracting(SuggestedAllocation::invoiceNumber)
                .containsExactly("INV-2026-000102");
        assertThat(found.get(0).score()).isEqualTo(92);
    }

    @Test
    void aSwappedNumberThatNamesAnotherInvoiceLosesToTheInvoiceTheAmountAgreesWith() {
        OpenItemRow other = item(ALPHA, "Brauhaus Alpha GmbH", "INV-2026-000210", "50.00", 12);
        MatchingFacts facts = facts().withDigits(other.digits(), List.of(other));
        List<Suggestion> found = suggest(line("300.00", null, "INV-2026-000210", null, null), facts);
        assertThat(found.get(0).customerId()).isEqualTo(BETA);
        assertThat(found.get(0).score()).isEqualTo(92);
        assertThat(found.get(1).score()).isEqualTo(60);
        assertThat(found.get(1).reasons()).last().asString().contains("does not agree with it");
    }

    @Test
    void aKnownPayersMistypedNumberIsLookedForAmongItsOwnInvoicesOnly() {
        // Beta's account is known: 000102 swapped to 000120 is Alpha's invoice one typo away, not Beta's
        OpenItemRow b2 = item(BETA, "Getränke Beta AG", "INV-2026-000210", "250.00", 25);
        MatchingFacts facts = facts().withDigits(b2.digits(), List.of(b2))
                .withKnownPayer("DE02120300000000202051", BETA).withItemsOf(BETA, List.of(B1, b2));
        List<Suggestion> found = suggest(line("250.00", null, "RE INV-2026-000120", null,
                "DE02120300000000202051"), facts);
        assertThat(found).extracting(Suggestion::customerId).containsExactly(BETA);
        assertThat(found.get(0).allocations()).extracting(SuggestedAllocation::invoiceNumber)
                .containsExactly("INV-2026-000210");
        assertThat(found.get(0).score()).isEqualTo(97);
        assertThat(found.get(0).reasons().get(0)).contains("read from '2026000120'");
        // from an unknown payer, the same text finds both invoices of that amount one typo away in the ledger
        List<Suggestion> unknown = suggest(line("250.00", null, "RE INV-2026-000120", null, null), facts);
        assertThat(unknown).extracting(Suggestion::customerId, Suggestion::score)
                .containsExactly(Tuple.tuple(ALPHA, 92), Tuple.tuple(BETA, 92));
    }

    @Test
    void anInvoiceOfAnotherCustomerThanThePayersIsNeverSure() {
        // Beta pays 250.00 naming 000102 (two digits of its own 000120 swapped): Alpha's invoice of the same amount
        OpenItemRow b2 = item(BETA, "Getränke Beta AG", "INV-2026-000120", "250.00", 25);
        MatchingFacts facts = facts().withPayerName("GETRÄNKE BETA", List.of(new MatchingFacts.NamedCustomer(BETA,
                "Getränke Beta AG"))).withItemsOf(BETA, List.of(B1, b2));
        List<Suggestion> found = suggest(line("250.00", null, "RE INV-2026-000102", "GETRÄNKE BETA", null), facts);
        assertThat(found).extracting(Suggestion::customerId, Suggestion::score)
                .containsExactly(Tuple.tuple(BETA, 86), Tuple.tuple(ALPHA, 80));
        assertThat(found.get(1).reasons()).last().isEqualTo("the payer's account or name is another customer's");
        // a structured creditor reference is the invoicer's own: it stays sure whoever pays
        String rf = CreditorReference.rf("INV2026000102").value();
        assertThat(suggest(line("250.00", rf, null, "GETRÄNKE BETA", null), facts).get(0))
                .extracting(Suggestion::customerId, Suggestion::score).containsExactly(ALPHA, 100);
    }

    @Test
    void numbersOneTypoApartDifferInOneDigitOrInTwoSwappedNeighbours() {
        assertThat(RemittanceReading.oneTypoApart("2026000102", "2026000120")).isTrue();
        assertThat(RemittanceReading.oneTypoApart("2026000102", "2026000103")).isTrue();
        assertThat(RemittanceReading.oneTypoApart("2026000102", "2026000102")).isFalse();
        assertThat(RemittanceReading.oneTypoApart("2026000102", "2026000201")).isFalse();
        assertThat(RemittanceReading.oneTypoApart("2026000102", "2026000113")).isFalse();
        assertThat(RemittanceReading.oneTypoApart("2026000102", "202600010")).isFalse();
        assertThat(RemittanceReading.oneTypoAway("2026000102")).allMatch(v -> RemittanceReading.oneTypoApart(
                "2026000102", v));
    }

    @Test
    void aKnownPayerAccountFindsTheOpenItemOfTheAmount() {
        MatchingFacts facts = facts().withKnownPayer("DE02120300000000202051", ALPHA)
                .withItemsOf(ALPHA, List.of(A1, A2, A3));
        List<Suggestion> found = suggest(line("120.00", null, null, null, "DE02 1203 0000 0000 2020 51"), facts);
        assertThat(found.get(0).score()).isEqualTo(92);
        assertThat(found.get(0).allocations()).extracting(SuggestedAllocation::invoiceNumber)
                .containsExactly("INV-2026-000103");
        assertThat(found.get(0).reasons().get(0)).contains("paid for this customer before");
    }

    @Test
    void aKnownPayerPayingSeveralInvoicesTogether() {
        MatchingFacts facts = facts().withKnownPayer("DE02120300000000202051", ALPHA)
                .withItemsOf(ALPHA, List.of(A1, A2, A3));
        List<Suggestion> found = suggest(line("620.00", null, null, null, "DE02120300000000202051"), facts);
        assertThat(found.get(0).score()).isEqualTo(88);
        assertThat(found.get(0).allocations()).extracting(SuggestedAllocation::invoiceNumber)
                .containsExactly("INV-2026-000101", "INV-2026-000103");
    }

    @Test
    void aKnownPayerWhoseAmountFitsNoItemIsSpreadByTheAllocationOrderAndLeftForAClerk() {
        MatchingFacts facts = facts().withKnownPayer("DE02120300000000202051", ALPHA)
                .withItemsOf(ALPHA, List.of(A1, A2, A3));
        MatchingLine line = line("600.00", null, null, null, "DE02120300000000202051");
        Suggestion oldestDue = matcher.suggest(line, facts, MatchingRules.of(
                AllocationOrder.OLDEST_DUE_FIRST)).get(0);
        assertThat(oldestDue.score()).isEqualTo(50);
        assertThat(oldestDue.allocations()).extracting(SuggestedAllocation::invoiceNumber, SuggestedAllocation::amount)
                .containsExactly(Tuple.tuple("INV-2026-000101", new BigDecimal("500.00")),
                        Tuple.tuple("INV-2026-000102", new BigDecimal("100.00")));
        assertThat(oldestDue.reasons()).last().asString().endsWith("spread over its open items oldest due first");
        // A3 was issued first (its due date is the latest)
        Suggestion issued = matcher.suggest(line, facts, MatchingRules.of(
                AllocationOrder.OLDEST_ISSUED_FIRST)).get(0);
        assertThat(issued.allocations().get(0).invoiceNumber()).isEqualTo("INV-2026-000103");
        Suggestion proportional = matcher.suggest(line, facts, MatchingRules.of(
                AllocationOrder.PROPORTIONAL)).get(0);
        // 600 of 870 open: each share rounded down to the cent, the two cents left to the items due first
        assertThat(proportional.allocations()).extracting(SuggestedAllocation::amount).containsExactly(
                new BigDecimal("344.83"), new BigDecimal("172.42"), new BigDecimal("82.75"));
    }

    @Test
    void thePayersNameFindsTheCustomerWithLessConfidence() {
        MatchingFacts facts = facts().withPayerName("BRAUHAUS ALPHA",
                List.of(new MatchingFacts.NamedCustomer(ALPHA, "Brauhaus Alpha GmbH"))).withItemsOf(ALPHA,
                List.of(A1, A2, A3));
        List<Suggestion> found = suggest(line("250.00", null, null, "BRAUHAUS ALPHA", null), facts);
        assertThat(found.get(0).score()).isEqualTo(86);
        assertThat(found.get(0).reasons().get(0)).isEqualTo("the payer's name 'BRAUHAUS ALPHA' is the customer's name");
    }

    @Test
    void aRemittanceAdvicesInvoicesAndAmountsWinOverWhatTheTextSays() {
        AdvisedPayment advice = new AdvisedPayment(UUID.randomUUID(), "PAY7781", "PAY-7781", List.of(
                new AdviceRow(2, "PAY-7781", "PAY7781", "INV-2026-000102", new BigDecimal("250.00"), null, null),
                new AdviceRow(3, "PAY-7781", "PAY7781", "INV-2026-000103", new BigDecimal("100.00"), null, null)));
        MatchingFacts facts = facts().withAdvisedPayment(advice);
        // the text also names A1, whose open amount is the line's: the advice decides
        List<Suggestion> found = suggest(line("350.00", null, "PAY-7781 INV-2026-000101", null, null), facts);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.score()).isEqualTo(100);
            assertThat(s.remittanceAdvice().paymentReference()).isEqualTo("PAY-7781");
            assertThat(s.allocations()).extracting(SuggestedAllocation::invoiceNumber, SuggestedAllocation::amount)
                    .containsExactly(Tuple.tuple("INV-2026-000102", new BigDecimal("250.00")),
                            Tuple.tuple("INV-2026-000103", new BigDecimal("100.00")));
            // A3 is paid 100.00 of 120.00: short by 20.00, nothing may be written off by default
            assertThat(s.allocations().get(1).rest().how()).isEqualTo(RestOfItem.How.DEDUCTION);
        });
        // the line brings less than the advice says: it waits, with the advice among the suggestions
        List<Suggestion> short_ = suggest(line("300.00", null, "PAY-7781", null, null), facts);
        assertThat(short_.get(0).score()).isEqualTo(50);
        assertThat(short_.get(0).reasons()).contains("the advice says more than the line's 300.00: paid in the "
                + "advice's order");
    }

    @Test
    void theAmountAloneSuggestsButNeverDecides() {
        MatchingFacts facts = facts().withOpenAmount(new BigDecimal("300.00"), List.of(B1));
        List<Suggestion> found = suggest(line("300.00", null, "thank you", null, null), facts);
        assertThat(found.get(0).score()).isEqualTo(60);
        assertThat(found.get(0).reasons().get(0)).contains("the only open item of that amount");
    }

    @Test
    void nothingKnownSuggestsNothing() {
        assertThat(suggest(line("999.99", null, "Danke", "Someone Else", "DE75512108001245126199"), facts()))
                .isEmpty();
    }

    @Test
    void anInvoicePaidInTimeLessItsDiscountIsAnExactMatchWithTheDiscountGranted() {
        OpenItemRow offering = new OpenItemRow(UUID.randomUUID(), ALPHA, "Brauhaus Alpha GmbH", "INV-2026-000301",
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 12, 9), new BigDecimal("1000.00"),
                new BigDecimal("20.00"), LocalDate.of(2026, 11, 19));
        MatchingFacts facts = facts().withDigits(offering.digits(), List.of(offering));
        Suggestion inTime = suggest(line("980.00", null, "RE 2026-000301", null, null), facts).get(0);
        assertThat(inTime.score()).isEqualTo(100);
        assertThat(inTime.reasons()).contains("the amount 980.00 equals its open amount less the early-payment "
                + "discount of 20.00, paid in time");
        assertThat(inTime.allocations()).singleElement().satisfies(a -> {
            assertThat(a.amount()).isEqualByComparingTo("980.00");
            assertThat(a.rest().how()).isEqualTo(RestOfItem.How.DISCOUNT);
            assertThat(a.rest().amount()).isEqualByComparingTo("20.00");
        });
        // a day late, the same amount is a short payment: a deduction, nothing being written off by default
        MatchingLine late = new MatchingLine(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), "DE01",
                "EUR", LocalDate.of(2026, 11, 20), new BigDecimal("980.00"), null, "RE 2026-000301", null, null, null);
        Suggestion lateOne = suggest(late, facts).get(0);
        assertThat(lateOne.score()).isEqualTo(88);
        assertThat(lateOne.allocations().get(0).rest().how()).isEqualTo(RestOfItem.How.DEDUCTION);
    }

    @Test
    void aShortPaymentOnANamedInvoiceIsWrittenOffWithinTheToleranceElseADeduction() {
        MatchingRules rules = new MatchingRules(AllocationOrder.OLDEST_DUE_FIRST,
                new RestOfItem.Tolerance(new BigDecimal("5.00"), new BigDecimal("1")));
        // 1 % of 500.00 is 5.00: the limit, reached at equality
        Suggestion within = matcher.suggest(line("495.00", null, "INV-2026-000101", null, null), facts(), rules)
                .get(0);
        assertThat(within.allocations().get(0).rest()).satisfies(rest -> {
            assertThat(rest.how()).isEqualTo(RestOfItem.How.WRITE_OFF);
            assertThat(rest.amount()).isEqualByComparingTo("5.00");
        });
        assertThat(within.reasons()).contains("short by 5.00 on invoice INV-2026-000101: within the write-off "
                + "tolerance, written off");
        Suggestion beyond = matcher.suggest(line("494.99", null, "INV-2026-000101", null, null), facts(), rules)
                .get(0);
        assertThat(beyond.allocations().get(0).rest().how()).isEqualTo(RestOfItem.How.DEDUCTION);
        assertThat(beyond.allocations().get(0).rest().amount()).isEqualByComparingTo("5.01");
        // a payer found by account alone, paying less than any item: a payment on account, nothing settled
        MatchingFacts known = facts().withKnownPayer("DE75512108001245126199", ALPHA)
                .withItemsOf(ALPHA, List.of(A1, A2, A3));
        Suggestion onAccount = matcher.suggest(line("100.00", null, "Zahlung", null, "DE75512108001245126199"),
                known, rules).get(0);
        assertThat(onAccount.allocations()).allSatisfy(a -> assertThat(a.rest()).isNull());
    }

    private List<Suggestion> suggest(MatchingLine line, MatchingFacts facts) {
        return matcher.suggest(line, facts);
    }

    private static MatchingFacts facts() {
        MatchingFacts facts = new MatchingFacts();
        for (OpenItemRow item : List.of(A1, A2, A3, B1)) {
            facts.withDigits(item.digits(), List.of(item));
        }
        return facts;
    }

    private static MatchingLine line(String amount, String creditorReference, String remittance, String payer,
                                     String payerAccount) {
        return new MatchingLine(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), "DE01", "EUR",
                LocalDate.of(2026, 11, 19), new BigDecimal(amount), creditorReference, remittance, null, payer,
                payerAccount);
    }

    private static OpenItemRow item(UUID customer, String name, String number, String open, int dueDay) {
        return new OpenItemRow(UUID.randomUUID(), customer, name, number, LocalDate.of(2026, 9, 31 - dueDay),
                LocalDate.of(2026, 10, dueDay),
                new BigDecimal(open));
    }
}
