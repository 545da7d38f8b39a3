package org.o2c.payments.bankstatement;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Creditor references are trusted only when their check digits hold: the published examples do, references built
 * here do, and one character mistyped as another of its kind (digit for digit, letter for letter) is caught.
 */
class CreditorReferenceProperties {

    @Example
    void thePublishedExamplesHoldAndAMistypedOneIsNoReference() {
        assertThat(CreditorReference.parse("RF18 5390 0754 7034")).get()
                .isEqualTo(new CreditorReference(CreditorReference.Kind.RF, "RF18539007547034"));
        assertThat(CreditorReference.parse("rf18539007547034")).isPresent();
        assertThat(CreditorReference.parse("RF18 5390 0754 7035")).isEmpty();
        assertThat(CreditorReference.parse("21 00000 00003 13947 14300 09017")).get()
                .extracting(CreditorReference::kind).isEqualTo(CreditorReference.Kind.QRR);
        assertThat(CreditorReference.parse("21 00000 00003 13947 14300 09018")).isEmpty();
        assertThat(CreditorReference.parse("INV-2026-000123")).isEmpty();
        assertThat(CreditorReference.parse(null)).isEmpty();
        assertThat(CreditorReference.rf("539007547034").value()).isEqualTo("RF18539007547034");
    }

    @Property(tries = 300)
    void anRfReferenceBuiltHereHoldsAndOneCharacterMistypedAsAnotherOfItsKindIsCaught(
            @ForAll("payloads") String payload, @ForAll @IntRange(min = 0, max = 100) int position,
            @ForAll("characters") char replacement) {
        CreditorReference reference = CreditorReference.rf(payload);
        assertThat(CreditorReference.parse(reference.value())).contains(reference);
        assertThat(reference.payload()).isEqualTo(payload);
        String value = reference.value();
        int at = 2 + position % (value.length() - 2);
        // mod 97 catches a digit mistyped as another digit and a letter as another letter (a letter read as a
        // digit changes the number's length and may slip through, as in IBANs)
        if (value.charAt(at) != replacement
                && Character.isDigit(value.charAt(at)) == Character.isDigit(replacement)) {
            String mistyped = value.substring(0, at) + replacement + value.substring(at + 1);
            assertThat(CreditorReference.parse(mistyped)).as(mistyped).isEmpty();
        }
    }

    @Property(tries = 300)
    void aQrReferenceBuiltHereHoldsAndAnyOneDigitChangedIsCaught(@ForAll("digits") String digits,
            @ForAll @IntRange(min = 0, max = 26) int position, @ForAll @IntRange(min = 0, max = 9) int digit) {
        CreditorReference reference = CreditorReference.qrr(digits);
        assertThat(CreditorReference.parse(reference.value())).contains(reference);
        String value = reference.value();
        char replacement = (char) ('0' + digit);
        if (value.charAt(position) != replacement) {
            String mistyped = value.substring(0, position) + replacement + value.substring(position + 1);
            assertThat(CreditorReference.parse(mistyped)).as(mistyped).isEmpty();
        }
    }

    @Provide
    Arbitrary<String> payloads() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(1).ofMaxLength(21);
    }

    @Provide
    Arbitrary<Character> characters() {
        return Arbitraries.chars().with("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    }

    @Provide
    Arbitrary<String> digits() {
        return Arbitraries.strings().numeric().ofLength(26);
    }
}
