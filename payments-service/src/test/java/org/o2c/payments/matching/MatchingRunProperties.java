package org.o2c.payments.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.o2c.payments.bankstatement.CreditorReference;
import org.o2c.payments.receivable.RestOfItem;

/**
 * Random statements against random open items, decided by the matching with a random threshold: whatever the mix
 * of references, typos, short and long payments, payers known by account or name and lines that name nothing, no
 * line is decided twice, no line allocates more than it brings, no invoice loses more than it had open (paid,
 * discounted and written off together), a discount is the one offered and in time, a write-off within the
 * tolerance, and the money adds up: the statement's credits are what was applied plus what stays unapplied on the
 * customers' accounts plus what waits unmatched, and what the invoices lose is what was applied plus what was
 * discounted and written off.
 */
class MatchingRunProperties {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 19);

    /** What a payer puts on a line about an invoice. */
    enum Says {
        NUMBER, NUMBER_WITH_TYPO, CREDITOR_REFERENCE, PAYER_ACCOUNT, PAYER_NAME, NOTHING, TWO_NUMBERS,
        NUMBER_LESS_DISCOUNT
    }

    /** One line: which invoice it is about, what it says, and its amount as a share of that invoice's open amount. */
    record LinePlan(int invoice, Says says, int percent) {
    }

    @Property(tries = 300)
    void noLineTwiceNoInvoiceBeyondItsOpenAmountAndTheMoneyAddsUp(
            @ForAll("openAmounts") List<Long> openCents, @ForAll("lines") List<LinePlan> plans,
            @ForAll @IntRange(min = 40, max = 100) int threshold, @ForAll AllocationOrder order,
            @ForAll @IntRange(min = 0, max = 1000) int toleranceCents,
            @ForAll @IntRange(min = 0, max = 3) int percent) {
        RestOfItem.Tolerance tolerance = new RestOfItem.Tolerance(BigDecimal.valueOf(toleranceCents, 2),
                BigDecimal.valueOf(percent));
        List<UUID> customers = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<OpenItemRow> items = new ArrayList<>();
        for (int i = 0; i < openCents.size(); i++) {
            UUID customer = customers.get(i % customers.size());
            BigDecimal open = BigDecimal.valueOf(openCents.get(i), 2);
            // every other invoice offers 2 %, half of those until a day before the lines' value date
            BigDecimal discount = i % 2 == 0 ? open.multiply(new BigDecimal("0.02")).setScale(2, RoundingMode.HALF_UP)
                    : null;
            items.add(new OpenItemRow(UUID.randomUUID(), customer, "Customer " + (i % customers.size()),
                    "INV-2026-" + String.format("%06d", 100 + i), DAY.minusDays(90 - (i * 7) % 30),
                    DAY.minusDays(60 - i), open, discount,
                    discount == null ? null : DAY.minusDays(i % 4 == 0 ? 0 : 1)));
        }
        MatchingFacts facts = new MatchingFacts();
        Map<UUID, List<OpenItemRow>> byCustomer = new HashMap<>();
        Map<BigDecimal, List<OpenItemRow>> byAmount = new HashMap<>();
        for (OpenItemRow item : items) {
            facts.withDigits(item.digits(), List.of(item));
            byCustomer.computeIfAbsent(item.customerId(), c -> new ArrayList<>()).add(item);
            byAmount.computeIfAbsent(item.openAmount(), a -> new ArrayList<>()).add(item);
        }
        byCustomer.forEach(facts::withItemsOf);
        byAmount.forEach(facts::withOpenAmount);
        for (int c = 0; c < customers.size(); c++) {
            facts.withKnownPayer("DE0000000000000000000" + c, customers.get(c));
            facts.withPayerName("Customer " + c, List.of(new MatchingFacts.NamedCustomer(customers.get(c),
                    "Customer " + c)));
        }
        List<MatchingLine> lines = new ArrayList<>();
        for (LinePlan plan : plans) {
            OpenItemRow item = items.get(plan.invoice() % items.size());
            OpenItemRow other = items.get((plan.invoice() + 1) % items.size());
            BigDecimal amount = item.openAmount().multiply(BigDecimal.valueOf(plan.percent()))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
            int customer = customers.indexOf(item.customerId());
            lines.add(switch (plan.says()) {
                case NUMBER -> line(amount, "Rechnung " + item.invoiceNumber(), null, null, null);
                case NUMBER_WITH_TYPO -> line(amount, "Re " + typo(item.digits()), null, null, null);
                case CREDITOR_REFERENCE -> line(amount, null, CreditorReference.rf(item.invoiceNumber()
                        .replace("-", "")).value(), null, null);
                case PAYER_ACCOUNT -> line(amount, "Zahlung", null, null, "DE0000000000000000000" + customer);
                case PAYER_NAME -> line(amount, "Zahlung", null, "Customer " + customer, null);
                case NOTHING -> line(amount, "Danke", null, null, null);
                case TWO_NUMBERS -> line(amount.add(other.openAmount()), item.invoiceNumber() + ", "
                        + other.invoiceNumber(), null, null, null);
                case NUMBER_LESS_DISCOUNT -> line(item.discountAmount() == null ? amount
                        : item.openAmount().subtract(item.discountAmount()), "Rechnung " + item.invoiceNumber(), null,
                        null, null);
            });
        }

        List<MatchingRun.Decision> decisions = new MatchingRun(new CashMatcher(), threshold,
                new MatchingRules(order, tolerance))
                .decide(lines, facts, line -> null);

        assertThat(decisions).extracting(d -> d.line().lineId()).doesNotHaveDuplicates()
                .containsExactlyElementsOf(lines.stream().map(MatchingLine::lineId).toList());
        Map<UUID, OpenItemRow> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.invoiceId(), item));
        Map<UUID, BigDecimal> applied = new HashMap<>();
        BigDecimal settledOtherwise = BigDecimal.ZERO;
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal unapplied = BigDecimal.ZERO;
        BigDecimal unmatched = BigDecimal.ZERO;
        for (MatchingRun.Decision decision : decisions) {
            BigDecimal amount = decision.line().amount();
            if (!decision.apply()) {
                unmatched = unmatched.add(amount);
                continue;
            }
            BigDecimal ofLine = BigDecimal.ZERO;
            Set<UUID> invoices = new HashSet<>();
            for (SuggestedAllocation allocation : decision.best().allocations()) {
                assertThat(allocation.amount()).isPositive();
                assertThat(invoices.add(allocation.invoiceId())).as("an invoice once per line").isTrue();
                applied.merge(allocation.invoiceId(), allocation.amount(), BigDecimal::add);
                ofLine = ofLine.add(allocation.amount());
                SuggestedAllocation.Rest rest = allocation.rest();
                if (rest == null) {
                    continue;
                }
                OpenItemRow item = byId.get(allocation.invoiceId());
                assertThat(rest.amount()).as("the rest of " + item.invoiceNumber())
                        .isEqualByComparingTo(allocation.openAmount().subtract(allocation.amount()));
                switch (rest.how()) {
                    case DISCOUNT -> {
                        assertThat(rest.amount()).isEqualByComparingTo(item.discountAmount());
                        assertThat(decision.line().valueDate()).isBeforeOrEqualTo(item.discountPayBy());
                    }
                    case WRITE_OFF -> assertThat(rest.amount())
                            .isLessThanOrEqualTo(tolerance.limitFor(allocation.openAmount()));
                    case DEDUCTION -> assertThat(rest.amount())
                            .isGreaterThan(tolerance.limitFor(allocation.openAmount()));
                }
                if (rest.how() != RestOfItem.How.DEDUCTION) {
                    applied.merge(allocation.invoiceId(), rest.amount(), BigDecimal::add);
                    settledOtherwise = settledOtherwise.add(rest.amount());
                }
            }
            assertThat(ofLine).as("allocated of line " + decision.line().lineNumber()).isLessThanOrEqualTo(amount);
            allocated = allocated.add(ofLine);
            unapplied = unapplied.add(amount.subtract(ofLine));
        }
        for (OpenItemRow item : items) {
            assertThat(applied.getOrDefault(item.invoiceId(), BigDecimal.ZERO)).as(item.invoiceNumber())
                    .isLessThanOrEqualTo(item.openAmount());
        }
        BigDecimal credits = lines.stream().map(MatchingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(allocated.add(unapplied).add(unmatched)).isEqualByComparingTo(credits);
        BigDecimal invoicesLost = applied.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(invoicesLost).isEqualByComparingTo(allocated.add(settledOtherwise));
    }

    @Property(tries = 500)
    void anAllocationOrderNeverGivesMoreThanTheAmountOrAnItemsOpenAmount(
            @ForAll("openAmounts") List<Long> openCents, @ForAll @IntRange(min = 1, max = 2_000_000) int cents,
            @ForAll AllocationOrder order) {
        List<OpenItemRow> items = new ArrayList<>();
        for (int i = 0; i < openCents.size(); i++) {
            items.add(new OpenItemRow(UUID.randomUUID(), UUID.randomUUID(), "C", "INV-" + i,
                    DAY.minusDays((i * 13) % 40), DAY.minusDays((i * 7) % 30),
                    BigDecimal.valueOf(openCents.get(i), 2)));
        }
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        List<SuggestedAllocation> allocations = order.allocate(amount, items);
        BigDecimal open = items.stream().map(OpenItemRow::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal given = allocations.stream().map(SuggestedAllocation::amount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(given).isEqualByComparingTo(amount.min(open));
        assertThat(allocations).allSatisfy(a -> {
            assertThat(a.amount()).isPositive().isLessThanOrEqualTo(a.openAmount());
            assertThat(a.amount().scale()).isEqualTo(2);
        });
        assertThat(allocations).extracting(SuggestedAllocation::invoiceId).doesNotHaveDuplicates();
    }

    @Provide
    Arbitrary<List<Long>> openAmounts() {
        return Arbitraries.longs().between(100, 99_999).list().ofMinSize(1).ofMaxSize(15);
    }

    @Provide
    Arbitrary<List<LinePlan>> lines() {
        return Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.of(Says.class),
                Arbitraries.integers().between(1, 150)).as(LinePlan::new).list().ofMinSize(1).ofMaxSize(25);
    }

    private static String typo(String digits) {
        char[] chars = digits.toCharArray();
        int at = chars.length - 2;
        char swapped = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swapped;
        return new String(chars);
    }

    private static int number;

    private static MatchingLine line(BigDecimal amount, String remittance, String creditorReference, String payer,
                                     String payerAccount) {
        return new MatchingLine(UUID.randomUUID(), UUID.randomUUID(), ++number, UUID.randomUUID(), "DE01", "EUR", DAY,
                amount, creditorReference, remittance, null, payer, payerAccount);
    }
}
