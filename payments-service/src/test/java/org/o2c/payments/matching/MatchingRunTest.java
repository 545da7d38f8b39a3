package org.o2c.payments.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The sure-line rule at its edges: the threshold is reached at equality, the lead over the next is 10 or more. */
class MatchingRunTest {
    private static final UUID ALPHA = UUID.randomUUID();
    private static final UUID BETA = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 19);
    private static final OpenItemRow A1 = new OpenItemRow(UUID.randomUUID(), ALPHA, "Alpha", "INV-2026-000101",
            DAY.minusDays(40), DAY.minusDays(10), new BigDecimal("300.00"));
    private static final OpenItemRow B1 = new OpenItemRow(UUID.randomUUID(), BETA, "Beta", "INV-2026-000201",
            DAY.minusDays(40), DAY.minusDays(10), new BigDecimal("300.00"));

    @Test
    void aLineScoringExactlyTheThresholdIsAppliedOneBelowWaits() {
        // an invoice number with the amount less than open scores 88
        MatchingLine line = line("250.00", "INV-2026-000101");
        assertThat(decide(88, line, facts()).apply()).isTrue();
        assertThat(decide(89, line, facts()).apply()).isFalse();
    }

    @Test
    void aLineWhoseBestLeadsTheNextByTenIsAppliedByLessWaits() {
        OpenItemRow b2 = new OpenItemRow(UUID.randomUUID(), BETA, "Beta", "INV-2026-000202", DAY.minusDays(30),
                DAY.minusDays(5), new BigDecimal("100.00"));
        OpenItemRow b3 = new OpenItemRow(UUID.randomUUID(), BETA, "Beta", "INV-2026-000203", DAY.minusDays(30),
                DAY.minusDays(5), new BigDecimal("200.00"));
        MatchingFacts facts = facts().withKnownPayer("NL91ABNA0417164300", ALPHA).withItemsOf(ALPHA, List.of(A1))
                .withPayerName("Beta", List.of(new MatchingFacts.NamedCustomer(BETA, "Beta")))
                .withItemsOf(BETA, List.of(b2, b3));
        // alpha by its known account and the amount of its one invoice: 92; beta by name and two invoices: 82
        MatchingRun.Decision leadsByTen = decide(85, new MatchingLine(UUID.randomUUID(), UUID.randomUUID(), 1,
                UUID.randomUUID(), "DE01", "EUR", DAY, new BigDecimal("300.00"), null, "Zahlung", null, "Beta",
                "NL91ABNA0417164300"),
                facts);
        assertThat(leadsByTen.suggestions()).extracting(Suggestion::score).containsExactly(92, 82);
        assertThat(leadsByTen.apply()).isTrue();
        // beta by name with the amount of one of its invoices: 86, above the threshold; alpha's number, paying part,
        // but from beta: 80 (88 were it alpha paying)
        MatchingRun.Decision close = decide(85, line("200.00", "INV-2026-000101", "Beta"), facts);
        assertThat(close.suggestions()).extracting(Suggestion::customerId, Suggestion::score)
                .containsExactly(Tuple.tuple(BETA, 86), Tuple.tuple(ALPHA, 80));
        assertThat(close.apply()).isFalse();
    }

    private static MatchingRun.Decision decide(int threshold, MatchingLine line, MatchingFacts facts) {
        return new MatchingRun(new CashMatcher(), threshold, MatchingRules.of(AllocationOrder.OLDEST_DUE_FIRST))
                .decide(List.of(line), facts, l -> null).get(0);
    }

    private static MatchingFacts facts() {
        return new MatchingFacts().withDigits(A1.digits(), List.of(A1)).withDigits(B1.digits(), List.of(B1));
    }

    private static MatchingLine line(String amount, String text) {
        return line(amount, text, null);
    }

    private static MatchingLine line(String amount, String text, String payer) {
        return new MatchingLine(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), "DE01", "EUR", DAY,
                new BigDecimal(amount), null, text, null, payer, null);
    }
}
