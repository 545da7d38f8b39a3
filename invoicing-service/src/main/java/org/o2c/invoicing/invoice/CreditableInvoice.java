package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.runtime.money.Money;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * What of an invoice is still creditable, and the credit notes computed within it.
 *
 * <p>Limits are kept per line (quantity and net amount not yet credited) and per tax rate (taxable amount and
 * tax not yet credited). A credit note never takes more than remains at any of them, so however credit notes
 * follow each other, together they never credit more than the invoice: not in total, not at any rate, not on any
 * line. Rounding of partial credits may leave a cent behind on a line or rate; the credit note that takes the
 * last quantity of a line takes that line's whole remaining net, and the one that takes the last quantity of
 * every line of a rate takes that rate's whole remaining tax. Crediting every line therefore credits exactly the
 * invoice.
 */
final class CreditableInvoice {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Currency currency;
    private final Money gross;
    private final Map<Integer, InvoiceLine> lines = new LinkedHashMap<>();
    private final Map<Integer, BigDecimal> creditedQuantity = new HashMap<>();
    private final Map<Integer, Money> creditedNet = new HashMap<>();
    // TreeMaps compare rates by value: 19 and 19.00 are the same rate
    private final Map<BigDecimal, Money> taxable = new TreeMap<>();
    private final Map<BigDecimal, Money> tax = new TreeMap<>();
    private final Map<BigDecimal, Money> creditedTaxable = new TreeMap<>();
    private final Map<BigDecimal, Money> creditedTax = new TreeMap<>();
    private Money credited;

    CreditableInvoice(Currency currency, List<InvoiceLine> lines, List<TaxSubtotal> taxSubtotals, BigDecimal gross) {
        this.currency = currency;
        this.gross = money(gross);
        this.credited = Money.zero(currency);
        lines.forEach(line -> this.lines.put(line.lineNumber(), line));
        for (TaxSubtotal subtotal : taxSubtotals) {
            taxable.merge(subtotal.taxRate(), money(subtotal.taxableAmount()), Money::plus);
            tax.merge(subtotal.taxRate(), money(subtotal.taxAmount()), Money::plus);
        }
    }

    static CreditableInvoice of(InvoiceIssued invoice) {
        return new CreditableInvoice(Currency.getInstance(invoice.currency()), invoice.lines(),
                invoice.taxSubtotals(), invoice.grossAmount());
    }

    /** Takes an issued credit note off what remains creditable. */
    void record(CreditNoteIssued creditNote) {
        for (InvoiceLine line : creditNote.lines()) {
            creditedQuantity.merge(line.lineNumber(), line.quantity(), BigDecimal::add);
            creditedNet.merge(line.lineNumber(), money(line.netAmount()), Money::plus);
        }
        for (TaxSubtotal subtotal : creditNote.taxSubtotals()) {
            creditedTaxable.merge(subtotal.taxRate(), money(subtotal.taxableAmount()), Money::plus);
            creditedTax.merge(subtotal.taxRate(), money(subtotal.taxAmount()), Money::plus);
        }
        credited = credited.plus(money(creditNote.grossAmount()));
    }

    Money gross() {
        return gross;
    }

    Money credited() {
        return credited;
    }

    /** The invoice's gross minus the gross of the credit notes already issued on it. */
    Money creditable() {
        return gross.minus(credited);
    }

    /**
     * A credit note for quantities of lines: line net as on the invoice (quantity × unit price), tax per rate
     * with the legal entity's rounding, each kept within what remains of its line and rate.
     */
    CreditNoteAmounts byLines(List<CreditedLine> credits, TaxRounding rounding) {
        if (credits == null || credits.isEmpty()) {
            throw new BusinessRuleViolation("lines", "required", "a credit by line needs at least one line");
        }
        Map<Integer, BigDecimal> quantities = new TreeMap<>();
        for (int i = 0; i < credits.size(); i++) {
            CreditedLine credit = credits.get(i);
            InvoiceLine line = lines.get(credit.lineNumber());
            if (line == null) {
                throw new BusinessRuleViolation("lines[" + i + "].lineNumber", "exists",
                        "the invoice has no line " + credit.lineNumber());
            }
            if (quantities.containsKey(credit.lineNumber())) {
                throw new BusinessRuleViolation("lines[" + i + "].lineNumber", "once",
                        "line " + credit.lineNumber() + " is named more than once");
            }
            if (credit.quantity() == null || credit.quantity().signum() <= 0) {
                throw new BusinessRuleViolation("lines[" + i + "].quantity", "positive", "must be greater than 0");
            }
            BigDecimal uncredited = uncreditedQuantity(credit.lineNumber());
            if (credit.quantity().compareTo(uncredited) > 0) {
                throw new BusinessRuleViolation("lines[" + i + "].quantity", "not-above-uncredited-quantity",
                        "line " + credit.lineNumber() + " has " + uncredited.stripTrailingZeros().toPlainString()
                                + " not yet credited");
            }
            quantities.put(credit.lineNumber(), credit.quantity());
        }

        List<InvoiceLine> creditLines = new ArrayList<>();
        Map<BigDecimal, List<Money>> netsByRate = new TreeMap<>();
        for (Map.Entry<Integer, BigDecimal> credit : quantities.entrySet()) {
            InvoiceLine line = lines.get(credit.getKey());
            Money remainingNet = money(line.netAmount()).minus(creditedNet.getOrDefault(line.lineNumber(), zero()));
            Money net = credit.getValue().compareTo(uncreditedQuantity(line.lineNumber())) == 0 ? remainingNet
                    : min(InvoiceCalculator.lineNet(credit.getValue(), line.unitPrice(), currency), remainingNet);
            creditLines.add(new InvoiceLine(line.lineNumber(), line.description(), credit.getValue(),
                    line.unitPrice(), net.amount(), line.taxRate()));
            netsByRate.computeIfAbsent(line.taxRate(), r -> new ArrayList<>()).add(net);
        }

        List<TaxSubtotal> subtotals = new ArrayList<>();
        for (Map.Entry<BigDecimal, List<Money>> rate : netsByRate.entrySet()) {
            Money rateTaxable = rate.getValue().stream().reduce(zero(), Money::plus);
            if (rateTaxable.compareTo(remainingTaxable(rate.getKey())) > 0) {
                throw new BusinessRuleViolation("lines", "not-above-creditable", "the lines credit "
                        + rateTaxable + " net at " + percent(rate.getKey()) + " but only "
                        + remainingTaxable(rate.getKey()) + " is still creditable at that rate");
            }
            Money rateTax = closesRate(rate.getKey(), quantities) ? remainingTax(rate.getKey())
                    : min(InvoiceCalculator.taxOf(rate.getValue(), rate.getKey(), rounding, currency),
                    remainingTax(rate.getKey()));
            subtotals.add(new TaxSubtotal(rate.getKey().setScale(2), rateTaxable.amount(), rateTax.amount()));
        }
        CreditNoteAmounts amounts = total(creditLines, subtotals);
        checkCreditable(amounts.gross(), "lines");
        return amounts;
    }

    /**
     * A credit note for a gross amount, without lines. The amount is split over the tax rates in proportion to
     * what is still creditable at each (on an invoice not yet credited: in proportion to each rate's gross), by
     * largest remainder in minor units, so the parts add up to the amount exactly and none exceeds its rate. Each
     * part's tax is the tax contained in it (part × rate / (100 + rate)), rounded once, kept within the tax and
     * taxable amount still creditable at that rate; taxable = part − tax.
     */
    CreditNoteAmounts byAmount(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessRuleViolation("amount", "positive", "must be greater than 0");
        }
        Money requested = Money.exact("amount", amount, currency);
        checkCreditable(requested, "amount");

        Map<BigDecimal, BigInteger> remainingUnits = new TreeMap<>();
        BigInteger remainingTotal = BigInteger.ZERO;
        for (BigDecimal rate : taxable.keySet()) {
            BigInteger units = units(remainingTaxable(rate).plus(remainingTax(rate)));
            if (units.signum() > 0) {
                remainingUnits.put(rate, units);
                remainingTotal = remainingTotal.add(units);
            }
        }
        BigInteger requestedUnits = units(requested);
        Map<BigDecimal, BigInteger> parts = new TreeMap<>();
        Map<BigDecimal, BigInteger> leftOver = new TreeMap<>();
        BigInteger allotted = BigInteger.ZERO;
        for (Map.Entry<BigDecimal, BigInteger> rate : remainingUnits.entrySet()) {
            BigInteger[] share = requestedUnits.multiply(rate.getValue()).divideAndRemainder(remainingTotal);
            parts.put(rate.getKey(), share[0]);
            leftOver.put(rate.getKey(), share[1]);
            allotted = allotted.add(share[0]);
        }
        List<BigDecimal> byLargestRemainder = new ArrayList<>(remainingUnits.keySet());
        byLargestRemainder.sort(Comparator.comparing((BigDecimal r) -> leftOver.get(r)).reversed()
                .thenComparing(Comparator.comparing((BigDecimal r) -> remainingUnits.get(r)).reversed()));
        int unitsLeft = requestedUnits.subtract(allotted).intValueExact();
        for (int i = 0; i < unitsLeft; i++) {
            parts.merge(byLargestRemainder.get(i), BigInteger.ONE, BigInteger::add);
        }

        List<TaxSubtotal> subtotals = new ArrayList<>();
        for (Map.Entry<BigDecimal, BigInteger> part : parts.entrySet()) {
            if (part.getValue().signum() == 0) {
                continue;
            }
            BigDecimal rate = part.getKey();
            Money partGross = fromUnits(part.getValue());
            Money partTax;
            if (part.getValue().equals(remainingUnits.get(rate))) {
                partTax = remainingTax(rate);
            } else {
                Money contained = money(partGross.amount().multiply(rate)
                        .divide(HUNDRED.add(rate), MathContext.DECIMAL128));
                Money atLeast = max(partGross.minus(remainingTaxable(rate)), zero());
                partTax = max(min(contained, remainingTax(rate)), atLeast);
            }
            subtotals.add(new TaxSubtotal(rate.setScale(2), partGross.minus(partTax).amount(), partTax.amount()));
        }
        return total(List.of(), subtotals);
    }

    private CreditNoteAmounts total(List<InvoiceLine> creditLines, List<TaxSubtotal> subtotals) {
        Money net = zero();
        Money totalTax = zero();
        for (TaxSubtotal subtotal : subtotals) {
            net = net.plus(money(subtotal.taxableAmount()));
            totalTax = totalTax.plus(money(subtotal.taxAmount()));
        }
        return new CreditNoteAmounts(List.copyOf(creditLines), List.copyOf(subtotals), net, totalTax,
                net.plus(totalTax));
    }

    private void checkCreditable(Money requested, String field) {
        if (requested.compareTo(creditable()) > 0) {
            throw new BusinessRuleViolation(field, "not-above-creditable", "the credit of " + requested
                    + " is more than the " + creditable() + " still creditable on the invoice");
        }
        if (requested.amount().signum() <= 0) {
            throw new BusinessRuleViolation(field, "positive", "the credit note credits nothing");
        }
    }

    /** True when, with these quantities, every line of the rate is credited in full. */
    private boolean closesRate(BigDecimal rate, Map<Integer, BigDecimal> quantities) {
        return lines.values().stream()
                .filter(line -> line.taxRate().compareTo(rate) == 0)
                .allMatch(line -> quantities.getOrDefault(line.lineNumber(), BigDecimal.ZERO)
                        .compareTo(uncreditedQuantity(line.lineNumber())) == 0);
    }

    private BigDecimal uncreditedQuantity(int lineNumber) {
        return lines.get(lineNumber).quantity().subtract(creditedQuantity.getOrDefault(lineNumber, BigDecimal.ZERO));
    }

    private Money remainingTaxable(BigDecimal rate) {
        return taxable.getOrDefault(rate, zero()).minus(creditedTaxable.getOrDefault(rate, zero()));
    }

    private Money remainingTax(BigDecimal rate) {
        return tax.getOrDefault(rate, zero()).minus(creditedTax.getOrDefault(rate, zero()));
    }

    private BigInteger units(Money money) {
        return money.amount().movePointRight(currency.getDefaultFractionDigits()).toBigIntegerExact();
    }

    private Money fromUnits(BigInteger units) {
        return money(new BigDecimal(units, currency.getDefaultFractionDigits()));
    }

    private Money money(BigDecimal amount) {
        return Money.of(amount, currency);
    }

    private Money zero() {
        return Money.zero(currency);
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String percent(BigDecimal rate) {
        return rate.stripTrailingZeros().toPlainString() + "%";
    }
}
