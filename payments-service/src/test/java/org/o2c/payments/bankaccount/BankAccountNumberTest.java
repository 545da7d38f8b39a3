package org.o2c.payments.bankaccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.o2c.runtime.problem.BusinessRuleViolation;

class BankAccountNumberTest {

    @Test
    void anIbanIsTakenWithoutSpacesAndShownMasked() {
        BankAccountNumber number = BankAccountNumber.parse("accountNumber", "de89 3704 0044 0532 0130 00");
        assertThat(number.value()).isEqualTo("DE89370400440532013000");
        assertThat(number.isIban()).isTrue();
        assertThat(number.masked()).isEqualTo("DE89…3000");
    }

    @Test
    void anIbanWithTwoDigitsSwappedIsRefusedByItsCheckDigits() {
        assertThatThrownBy(() -> BankAccountNumber.parse("accountNumber", "DE89 3704 0044 0532 0130 00"
                .replace("0532", "0523"))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("check digits");
    }

    @Test
    void anIbanOfTheWrongLengthForItsCountryIsRefused() {
        assertThatThrownBy(() -> BankAccountNumber.parse("accountNumber", "DE89370400440532013"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("not a valid IBAN");
    }

    @Test
    void aBanksOwnNumberIsTakenAsWrittenAndShowsItsLastFour() {
        BankAccountNumber number = BankAccountNumber.parse("accountNumber", "0975312468");
        assertThat(number.isIban()).isFalse();
        assertThat(number.masked()).isEqualTo("…2468");
        assertThat(BankAccountNumber.parse("accountNumber", "50880050/0194774600888").value())
                .isEqualTo("50880050/0194774600888");
        assertThatThrownBy(() -> BankAccountNumber.parse("accountNumber", "12#34"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("1 to 34 letters, digits");
    }

    @Test
    void aStatementsAccountFieldIsLookedUpInTheFormsBanksWriteIt() {
        assertThat(BankAccountNumber.candidates("NL10BUNQ2290325473 EUR"))
                .containsExactly("NL10BUNQ2290325473EUR", "NL10BUNQ2290325473");
        // a German bank code and account number stand for their IBAN
        assertThat(BankAccountNumber.candidates("37040044/532013000"))
                .containsExactly("37040044/532013000", "DE89370400440532013000", "532013000");
        assertThat(BankAccountNumber.candidates("TRIODOSBANK/0666666666"))
                .containsExactly("TRIODOSBANK/0666666666", "0666666666");
    }

    @Test
    void aBicIsCheckedForItsLayout() {
        assertThat(BankAccountNumber.bic("bic", "cobadeffxxx")).isEqualTo("COBADEFFXXX");
        assertThat(BankAccountNumber.bic("bic", null)).isNull();
        assertThatThrownBy(() -> BankAccountNumber.bic("bic", "COBA1EFF")).isInstanceOf(BusinessRuleViolation.class);
    }
}
