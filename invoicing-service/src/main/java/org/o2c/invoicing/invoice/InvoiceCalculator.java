package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.o2c.events.invoicing.EarlyPaymentDiscount;
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
        Map<BigDecimal, List<Money>> netsByRate = new TreeMap<>();
        Money net = Money.zero(currency);
        int number = 1;
        for (LineItem item : items) {
            Money lineNet = lineNet(item.quantity(), item.unitPrice(), currency);
            BigDecimal rate = item.taxRate().stripTrailingZeros();
            lines.add(new InvoiceLine(number++, item.description(), item.quantity(), item.unitPrice(),
                    lineNet.amount(), item.taxRate()));
            net = net.plus(lineNet);
            netsByRate.computeIfAbsent(rate, r -> new ArrayList<>()).add(lineNet);
        }
        List<TaxSubtotal> subtotals = new ArrayList<>();
        Money tax = Money.zero(currency);
        for (Map.Entry<BigDecimal, List<Money>> rate : netsByRate.entrySet()) {
            Money rateTaxable = rate.getValue().stream().reduce(Money.zero(currency), Money::plus);
            Money rateTax = taxOf(rate.getValue(), rate.getKey(), rounding, currency);
            subtotals.add(new TaxSubtotal(rate.getKey().setScale(2), rateTaxable.amount(), rateTax.amount()));
            tax = tax.plus(rateTax);
        }
        return new InvoiceCalculation(lines, subtotals, net, tax, net.plus(tax));
    }

    /**
     * The early-payment discount of an invoice's amounts: per tax rate, the percent of its taxable amount and of its
     * tax, each rounded; the discount is their sum, so it takes off revenue and output VAT exactly what it gives.
     */
    public static EarlyPaymentDiscount discount(InvoiceCalculation amounts, BigDecimal percent, LocalDate payBy) {
        BigDecimal factor = percent.divide(HUNDRED);
        Currency currency = amounts.gross().currency();
        List<TaxSubtotal> shares = new ArrayList<>();
        Money total = Money.zero(currency);
        for (TaxSubtotal subtotal : amounts.taxSubtotals()) {
            Money taxable = Money.of(subtotal.taxableAmount(), currency).times(factor);
            Money tax = Money.of(subtotal.taxAmount(), currency).times(factor);
            shares.add(new TaxSubtotal(subtotal.taxRate(), taxable.amount(), tax.amount()));
            total = total.plus(taxable).plus(tax);
        }
        return new EarlyPaymentDiscount(percent.setScale(2), payBy, total.amount(), shares);
    }

    /** A line's net amount: quantity × unit price, rounded to the currency. */
    static Money lineNet(BigDecimal quantity, BigDecimal unitPrice, Currency currency) {
        return Money.of(quantity.multiply(unitPrice), currency);
    }

    /**
     * The tax of one rate on the given line net amounts: each line's tax rounded and added up
     * ({@link TaxRounding#PER_LINE}), or the tax on their sum rounded once ({@link TaxRounding#PER_DOCUMENT}).
     * Invoices and credit notes by line both compute their tax here.
     */
    static Money taxOf(List<Money> lineNets, BigDecimal ratePercent, TaxRounding rounding, Currency currency) {
        if (rounding == TaxRounding.PER_LINE) {
            return lineNets.stream().map(n -> taxOn(n, ratePercent)).reduce(Money.zero(currency), Money::plus);
        }
        return taxOn(lineNets.stream().reduce(Money.zero(currency), Money::plus), ratePercent);
    }

    private static Money taxOn(Money net, BigDecimal ratePercent) {
        return net.times(ratePercent.divide(HUNDRED));
    }
}
