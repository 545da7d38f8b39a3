package org.o2c.payments.bankstatement;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * A structured creditor reference a payer copies from the invoice into the payment, with its check digits verified:
 * ISO 11649 ({@code RF} + two check digits + up to 21 letters or digits, mod 97) and the Swiss QR/ISR reference (27
 * digits, the last one a recursive mod 10 check digit). A reference whose check digits fail is no reference: it was
 * mistyped, and the matching must not trust it.
 *
 * @param kind which scheme
 * @param value the reference as printed, without spaces and in capitals
 */
public record CreditorReference(Kind kind, String value) {
    public enum Kind {
        /** ISO 11649 structured creditor reference. */
        RF,
        /** Swiss QR-bill reference (QRR), the same 27-digit layout as the older ISR (ESR) reference. */
        QRR
    }

    private static final int[] MOD10_TABLE = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};

    /** The reference in {@code text} (spaces allowed, any case), if it is one whose check digits hold. */
    public static Optional<CreditorReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.matches("RF\\d{2}[A-Z0-9]{1,21}") && mod97(compact.substring(4) + compact.substring(0, 4)) == 1) {
            return Optional.of(new CreditorReference(Kind.RF, compact));
        }
        if (compact.matches("\\d{27}")
                && mod10Recursive(compact.substring(0, 26)) == compact.charAt(26) - '0') {
            return Optional.of(new CreditorReference(Kind.QRR, compact));
        }
        return Optional.empty();
    }

    /** The ISO 11649 reference for a payload of 1 to 21 letters and digits (our own references for invoices). */
    public static CreditorReference rf(String payload) {
        String body = payload.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!body.matches("[A-Z0-9]{1,21}")) {
            throw new IllegalArgumentException("an RF reference holds 1 to 21 letters and digits: '" + payload + "'");
        }
        int check = 98 - mod97(body + "RF00");
        return new CreditorReference(Kind.RF, "RF" + (check < 10 ? "0" : "") + check + body);
    }

    /** The QR reference for 26 digits: they and their recursive mod 10 check digit. */
    public static CreditorReference qrr(String digits) {
        if (!digits.matches("\\d{26}")) {
            throw new IllegalArgumentException("a QR reference is built from 26 digits: '" + digits + "'");
        }
        return new CreditorReference(Kind.QRR, digits + mod10Recursive(digits));
    }

    /** What the reference carries without its check digits: the RF payload, or the QR reference's 26 digits. */
    public String payload() {
        return kind == Kind.RF ? value.substring(4) : value.substring(0, 26);
    }

    private static int mod97(String alphanumeric) {
        StringBuilder digits = new StringBuilder();
        for (char c : alphanumeric.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }

    private static int mod10Recursive(String digits) {
        int carry = 0;
        for (char c : digits.toCharArray()) {
            carry = MOD10_TABLE[(carry + c - '0') % 10];
        }
        return (10 - carry) % 10;
    }
}
