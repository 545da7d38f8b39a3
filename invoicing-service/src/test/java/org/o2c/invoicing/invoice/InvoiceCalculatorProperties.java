package org.o2c.invoicing.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;

class InvoiceCalculatorProperties {

    @Property
    void grossIsNetPlusTaxAndEveryTotalAddsUp(@ForAll("lines") @Size(min = 1, max = 30) List<LineItem> lines,
                                              @ForAll("currencies") Currency currency,
                                              @ForAll TaxRounding rounding) {
        InvoiceCalculation result = InvoiceCalculator.calculate(currency, lines, rounding);
        int minorUnit = currency.getDefaultFractionDigits();
        // an independent reckoning with plain BigDecimal arithmetic
        BigDecimal net = lines.stream().map(l -> l.quantity().multiply(l.unitPrice()).setScale(minorUnit, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tax = rounding == TaxRounding.PER_LINE
                ? lines.stream().map(l -> l.quantity().multiply(l.unitPrice()).setScale(minorUnit, RoundingMode.HALF_UP)
                        .multiply(l.taxRate()).movePointLeft(2).setScale(minorUnit, RoundingMode.HALF_UP))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                : lines.stream().collect(java.util.stream.Collectors.groupingBy(l -> l.taxRate().stripTrailingZeros(),
                        java.util.stream.Collectors.reducing(BigDecimal.ZERO,
                                l -> l.quantity().multiply(l.unitPrice()).setScale(minorUnit, RoundingMode.HALF_UP),
                                BigDecimal::add)))
                        .entrySet().stream().map(e -> e.getValue().multiply(e.getKey()).movePointLeft(2)
                                .setScale(minorUnit, RoundingMode.HALF_UP))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.net().amount()).isEqualByComparingTo(net);
        assertThat(result.tax().amount()).isEqualByComparingTo(tax);
        assertThat(result.gross().amount()).isEqualByComparingTo(net.add(tax));
        assertThat(sum(result.lines().stream().map(InvoiceLine::netAmount).toList()))
                .isEqualByComparingTo(result.net().amount());
        assertThat(sum(result.taxSubtotals().stream().map(TaxSubtotal::taxableAmount).toList()))
                .isEqualByComparingTo(result.net().amount());
        assertThat(sum(result.taxSubtotals().stream().map(TaxSubtotal::taxAmount).toList()))
                .isEqualByComparingTo(result.tax().amount());
        assertThat(result.gross().amount().scale()).isEqualTo(minorUnit);
        result.lines().forEach(l -> assertThat(l.netAmount().scale()).isEqualTo(minorUnit));
        assertThat(result.tax().isNegative()).isFalse();
    }

    @Property
    void perLineAndPerDocumentTaxDifferByLessThanHalfAMinorUnitPerLine(
            @ForAll("lines") @Size(min = 1, max = 30) List<LineItem> lines, @ForAll("currencies") Currency currency) {
        BigDecimal perLine = InvoiceCalculator.calculate(currency, lines, TaxRounding.PER_LINE).tax().amount();
        BigDecimal perDocument = InvoiceCalculator.calculate(currency, lines, TaxRounding.PER_DOCUMENT).tax().amount();
        BigDecimal halfMinorUnit = BigDecimal.ONE.movePointLeft(currency.getDefaultFractionDigits()).divide(BigDecimal.valueOf(2));
        assertThat(perLine.subtract(perDocument).abs())
                .isLessThanOrEqualTo(halfMinorUnit.multiply(BigDecimal.valueOf(lines.size() + 1)));
    }

    @Provide
    Arbitrary<List<LineItem>> lines() {
        Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("10000"))
                .ofScale(4);
        Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000")).ofScale(4);
        Arbitrary<BigDecimal> rate = Arbitraries.of("0", "5", "7", "7.25", "10", "19", "20", "21", "25.5")
                .map(BigDecimal::new);
        return Combinators.combine(quantity, price, rate)
                .as((q, p, r) -> new LineItem("item", q, p, r)).list();
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "KWD", "CHF").map(Currency::getInstance);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
