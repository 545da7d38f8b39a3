package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.runtime.money.Money;

/**
 * Computes an invoice's amounts. Line net = quantity × unit price, rounded; tax per rate rounded per line or per
 * document as the legal entity prescribes; gross = net + tax. All rounding happens in {@link Money}.
 */
public final class InvoiceCalculator {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvoiceCalculator() {
    }

    public static InvoiceCalculation calculate(Currency currency, List<LineItem> items, TaxRounding rounding) {
        List<InvoiceLine> lines = new ArrayList<>();
        Map<BigDecimal, Money> netByRate = new TreeMap<>();
        Map<BigDecimal, Money> taxByRate = new TreeMap<>();
        Money net = Money.zero(currency);
        int number = 1;
        for (LineItem item : items) {
            Money lineNet = Money.of(item.quantity().multiply(item.unitPrice()), currency);
            BigDecimal rate = item.taxRate().stripTrailingZeros();
            lines.add(new InvoiceLine(number++, item.description(), item.quantity(), item.unitPrice(),
                    lineNet.amount(), item.taxRate()));
            net = net.plus(lineNet);
            netByRate.merge(rate, lineNet, Money::plus);
            if (rounding == TaxRounding.PER_LINE) {
                taxByRate.merge(rate, taxOn(lineNet, rate), Money::plus);
            }
        }
        List<TaxSubtotal> subtotals = new ArrayList<>();
        Money tax = Money.zero(currency);
        for (Map.Entry<BigDecimal, Money> rate : netByRate.entrySet()) {
            Money rateTax = rounding == TaxRounding.PER_LINE ? taxByRate.get(rate.getKey())
                    : taxOn(rate.getValue(), rate.getKey());
            subtotals.add(new TaxSubtotal(rate.getKey().setScale(2), rate.getValue().amount(), rateTax.amount()));
            tax = tax.plus(rateTax);
        }
        return new InvoiceCalculation(lines, subtotals, net, tax, net.plus(tax));
    }

    private static Money taxOn(Money net, BigDecimal ratePercent) {
        return net.times(ratePercent.divide(HUNDRED));
    }
}
