package org.o2c.runtime.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Currency;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class MoneyProperties {

    @Property
    void amountsAlwaysCarryTheCurrencysMinorUnit(@ForAll @BigRange(min = "-1000000", max = "1000000") @Scale(6) BigDecimal amount,
                                                @ForAll("currencies") Currency currency) {
        assertThat(Money.of(amount, currency).amount().scale()).isEqualTo(currency.getDefaultFractionDigits());
    }

    @Property
    void additionAndSubtractionAreExactAndInverse(@ForAll("eur") Money a, @ForAll("eur") Money b) {
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.plus(b)).isEqualTo(b.plus(a));
    }

    @Property
    void roundingMovesAnAmountByAtMostHalfAMinorUnit(@ForAll @BigRange(min = "-1000", max = "1000") @Scale(5) BigDecimal amount) {
        Money money = Money.of(amount, Currency.getInstance("EUR"));
        assertThat(money.amount().subtract(amount).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    }

    @Example
    void equalityIsByValueNotScale() {
        assertThat(Money.of("10.0", "EUR")).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(Money.of("0.005", "EUR")).isEqualTo(Money.of("0.01", "EUR"));
        assertThat(Money.of("-0.005", "EUR")).isEqualTo(Money.of("-0.01", "EUR"));
        assertThat(Money.of("100.5", "JPY").amount()).isEqualByComparingTo("101");
    }

    @Example
    void mixingCurrenciesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "EUR").plus(Money.of("1", "USD")));
    }

    @Provide
    Arbitrary<Money> eur() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1000000"), new BigDecimal("1000000")).ofScale(2)
                .map(a -> Money.of(a, Currency.getInstance("EUR")));
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "KWD", "CHF", "CLF").map(Currency::getInstance);
    }
}
