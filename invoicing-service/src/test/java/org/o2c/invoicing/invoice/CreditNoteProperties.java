package org.o2c.invoicing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * Any sequence of credit notes, by line or by amount, on any invoice: each credit note adds up (lines, tax per
 * rate, net + tax = gross) and together they never credit more than the invoice, in total or at any tax rate.
 */
class CreditNoteProperties {
    private static final Set<String> RULES = Set.of("not-above-creditable", "not-above-uncredited-quantity",
            "positive");

    /** One attempt: by lines (each seed picks a line and a share of what is left of it) or by a share of gross. */
    record Attempt(List<int[]> lineSeeds, BigDecimal amountShare) {
    }

    @Property
    void creditNotesAddUpAndNeverCreditMoreThanTheInvoice(
            @ForAll("lines") @Size(min = 1, max = 8) List<LineItem> items, @ForAll("currencies") Currency currency,
            @ForAll TaxRounding rounding, @ForAll("attempts") @Size(min = 1, max = 10) List<Attempt> attempts) {
        InvoiceCalculation invoice = InvoiceCalculator.calculate(currency, items, rounding);
        CreditableInvoice creditable = new CreditableInvoice(currency, invoice.lines(), invoice.taxSubtotals(),
                invoice.gross().amount());
        Map<Integer, BigDecimal> creditedQuantity = new HashMap<>();
        Map<BigDecimal, BigDecimal> creditedGrossByRate = new TreeMap<>();
        BigDecimal credited = BigDecimal.ZERO;
        boolean anyByAmount = false;

        for (Attempt attempt : attempts) {
            CreditNoteAmounts amounts;
            boolean byAmount = attempt.amountShare() != null;
            try {
                if (byAmount) {
                    BigDecimal amount = creditable.creditable().amount().multiply(attempt.amountShare())
                            .setScale(currency.getDefaultFractionDigits(), RoundingMode.DOWN);
                    amounts = creditable.byAmount(amount);
                    assertThat(amounts.gross().amount()).isEqualByComparingTo(amount);
                    assertProportionalSplit(amounts, creditable, invoice, creditedGrossByRate, currency);
                } else {
                    amounts = creditable.byLines(lineCredits(attempt, invoice, creditedQuantity), rounding);
                }
            } catch (BusinessRuleViolation refused) {
                assertThat(refused.violations().get(0).rule()).isIn(RULES);
                if (!byAmount && !anyByAmount) {
                    assertThat(refused.violations().get(0).rule()).as("credits by line alone always fit")
                            .isNotEqualTo("not-above-creditable");
                }
                continue;
            }
            assertAddsUp(amounts, byAmount);
            CreditNoteIssued issued = issued(amounts, currency);
            creditable.record(issued);
            anyByAmount |= byAmount;
            credited = credited.add(amounts.gross().amount());
            amounts.lines().forEach(l -> creditedQuantity.merge(l.lineNumber(), l.quantity(), BigDecimal::add));
            amounts.taxSubtotals().forEach(s -> creditedGrossByRate.merge(s.taxRate(),
                    s.taxableAmount().add(s.taxAmount()), BigDecimal::add));

            assertThat(credited).isLessThanOrEqualTo(invoice.gross().amount());
            assertThat(creditable.creditable().amount()).isEqualByComparingTo(invoice.gross().amount().subtract(credited));
            for (TaxSubtotal rate : invoice.taxSubtotals()) {
                assertThat(creditedGrossByRate.getOrDefault(rate.taxRate(), BigDecimal.ZERO))
                        .isLessThanOrEqualTo(rate.taxableAmount().add(rate.taxAmount()));
            }
        }

        if (!anyByAmount) {
            // whatever was credited line by line, crediting the rest of every line credits exactly the invoice
            List<CreditedLine> rest = new ArrayList<>();
            for (InvoiceLine line : invoice.lines()) {
                BigDecimal left = line.quantity().subtract(creditedQuantity.getOrDefault(line.lineNumber(), BigDecimal.ZERO));
                if (left.signum() > 0) {
                    rest.add(new CreditedLine(line.lineNumber(), left));
                }
            }
            if (!rest.isEmpty() && creditable.creditable().amount().signum() > 0) {
                CreditNoteAmounts last = creditable.byLines(rest, rounding);
                assertAddsUp(last, false);
                assertThat(last.gross()).isEqualTo(creditable.creditable());
            }
        } else if (creditable.creditable().amount().signum() > 0) {
            // what is left can always be credited by amount, to the cent
            CreditNoteAmounts rest = creditable.byAmount(creditable.creditable().amount());
            assertAddsUp(rest, true);
            assertThat(rest.gross()).isEqualTo(creditable.creditable());
        }
    }

    private static List<CreditedLine> lineCredits(Attempt attempt, InvoiceCalculation invoice,
                                                  Map<Integer, BigDecimal> creditedQuantity) {
        Map<Integer, BigDecimal> chosen = new TreeMap<>();
        for (int[] seed : attempt.lineSeeds()) {
            InvoiceLine line = invoice.lines().get(seed[0] % invoice.lines().size());
            BigDecimal left = line.quantity().subtract(creditedQuantity.getOrDefault(line.lineNumber(), BigDecimal.ZERO));
            // seed[1] of 0..10: a tenth of what is left, rounded to 4 decimals; 10 is all of it, above 10 too much
            BigDecimal quantity = seed[1] >= 10 ? left.multiply(BigDecimal.valueOf(seed[1])).divide(BigDecimal.TEN)
                    : left.multiply(BigDecimal.valueOf(seed[1])).divide(BigDecimal.TEN).setScale(4, RoundingMode.DOWN);
            if (quantity.signum() > 0) {
                chosen.putIfAbsent(line.lineNumber(), quantity);
            }
        }
        if (chosen.isEmpty()) {
            chosen.put(invoice.lines().get(0).lineNumber(), new BigDecimal("0.0001"));
        }
        return chosen.entrySet().stream().map(e -> new CreditedLine(e.getKey(), e.getValue())).toList();
    }

    private static void assertAddsUp(CreditNoteAmounts amounts, boolean byAmount) {
        assertThat(amounts.net().plus(amounts.tax())).isEqualTo(amounts.gross());
        assertThat(amounts.gross().amount().signum()).isPositive();
        BigDecimal taxable = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        for (TaxSubtotal subtotal : amounts.taxSubtotals()) {
            assertThat(subtotal.taxableAmount().signum()).isNotNegative();
            assertThat(subtotal.taxAmount().signum()).isNotNegative();
            taxable = taxable.add(subtotal.taxableAmount());
            tax = tax.add(subtotal.taxAmount());
        }
        assertThat(taxable).isEqualByComparingTo(amounts.net().amount());
        assertThat(tax).isEqualByComparingTo(amounts.tax().amount());
        if (byAmount) {
            assertThat(amounts.lines()).isEmpty();
        } else {
            assertThat(amounts.lines().stream().map(InvoiceLine::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(amounts.net().amount());
        }
    }

    /** Each rate's part is its share of the amount, by what was still creditable at it, to within a minor unit. */
    private static void assertProportionalSplit(CreditNoteAmounts amounts, CreditableInvoice before,
                                                InvoiceCalculation invoice, Map<BigDecimal, BigDecimal> creditedGrossByRate,
                                                Currency currency) {
        BigDecimal remainingTotal = before.creditable().amount();
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(currency.getDefaultFractionDigits());
        for (TaxSubtotal part : amounts.taxSubtotals()) {
            TaxSubtotal rate = invoice.taxSubtotals().stream()
                    .filter(s -> s.taxRate().compareTo(part.taxRate()) == 0).findFirst().orElseThrow();
            BigDecimal remaining = rate.taxableAmount().add(rate.taxAmount())
                    .subtract(creditedGrossByRate.getOrDefault(rate.taxRate(), BigDecimal.ZERO));
            BigDecimal exactShare = amounts.gross().amount().multiply(remaining)
                    .divide(remainingTotal, MathContext.DECIMAL128);
            assertThat(part.taxableAmount().add(part.taxAmount()).subtract(exactShare).abs())
                    .isLessThan(minorUnit);
        }
    }

    private static CreditNoteIssued issued(CreditNoteAmounts amounts, Currency currency) {
        return new CreditNoteIssued(UUID.randomUUID(), "CN-2026-000001", UUID.randomUUID(), "INV-2026-000001",
                UUID.randomUUID(), "DE01", currency.getCurrencyCode(), LocalDate.of(2026, 3, 1), "test",
                amounts.lines(), amounts.taxSubtotals(), amounts.net().amount(), amounts.tax().amount(),
                amounts.gross().amount());
    }

    @Provide
    Arbitrary<List<LineItem>> lines() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("50"))
                .ofScale(2);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000"))
                .ofScale(3);
        Arbitrary<BigDecimal> rate = Arbitraries.of("0", "7", "15", "19", "21", "25.5").map(BigDecimal::new);
        return Combinators.combine(quantity, price, rate).as((q, p, r) -> new LineItem("item", q, p, r)).list();
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "JPY", "KWD").map(Currency::getInstance);
    }

    @Provide
    Arbitrary<List<Attempt>> attempts() {
        Arbitrary<int[]> seed = Combinators.combine(Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, 11)).as((line, tenths) -> new int[] {line, tenths});
        Arbitrary<Attempt> byLines = seed.list().ofMinSize(1).ofMaxSize(4).map(s -> new Attempt(s, null));
        // shares of what is still creditable, up to 110 %: above 100 % must be refused
        Arbitrary<Attempt> byAmount = Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1.1"))
                .ofScale(3).map(share -> new Attempt(List.of(), share));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, byLines), net.jqwik.api.Tuple.of(2, byAmount)).list();
    }
}
