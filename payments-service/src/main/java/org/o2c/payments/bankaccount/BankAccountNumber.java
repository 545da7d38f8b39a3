package org.o2c.payments.bankaccount;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iban4j.BicFormatException;
import org.iban4j.BicUtil;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.iban4j.IbanFormatException;
import org.iban4j.IbanUtil;
import org.iban4j.InvalidCheckDigitException;
import org.iban4j.UnsupportedCountryException;
import org.o2c.runtime.problem.BusinessRuleViolation;

/**
 * A bank account number as statements name it: an IBAN (two letters and two check digits first), checked by its
 * country's length and layout and its mod-97 check digits, or a bank's own account number of 1 to 34 letters,
 * digits, slashes, hyphens and dots (as US and other domestic statements, or MT940's bank code/account, give it).
 * Spaces and case do not count.
 *
 * @param value without spaces, in capitals
 */
public record BankAccountNumber(String value) {
    private static final String IBAN_START = "[A-Z]{2}[0-9]{2}.*";
    private static final Pattern TRAILING_CURRENCY = Pattern.compile("(.+?)\\s+[A-Z]{3}");
    private static final Pattern GERMAN_BANK_CODE = Pattern.compile("([0-9]{8})/([0-9]{1,10})");

    /** The number as written, checked; refuses an IBAN whose check digits or layout are wrong. */
    public static BankAccountNumber parse(String field, String written) {
        String compact = compact(written);
        if (!compact.matches("[A-Z0-9][A-Z0-9/.\\-]{0,33}")) {
            throw new BusinessRuleViolation(field, "account-number",
                    "an account number is an IBAN or 1 to 34 letters, digits, slashes, hyphens and dots");
        }
        if (compact.matches(IBAN_START)) {
            try {
                IbanUtil.validate(compact);
            } catch (InvalidCheckDigitException e) {
                throw new BusinessRuleViolation(field, "iban-check-digits",
                        "the IBAN's check digits do not hold: a character is wrong or two are swapped");
            } catch (IbanFormatException | UnsupportedCountryException e) {
                throw new BusinessRuleViolation(field, "iban", "not a valid IBAN: " + e.getMessage());
            }
        }
        return new BankAccountNumber(compact);
    }

    /** As statements are looked up: without spaces, in capitals; not checked (a statement names what it names). */
    public static String compact(String written) {
        return written == null ? "" : written.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /**
     * The registered numbers a statement's account field may stand for, in this order: as written; without a
     * currency code after it ("NL10BUNQ2290325473 EUR"); for a German bank code and account number
     * ("37040044/532013000", as German MT940 writes it), their IBAN; the number after a bank's name or code
     * ("TRIODOSBANK/0666666666").
     */
    public static List<String> candidates(String statementAccount) {
        Set<String> candidates = new LinkedHashSet<>();
        String written = statementAccount == null ? "" : statementAccount.strip().toUpperCase(Locale.ROOT);
        candidates.add(compact(written));
        Matcher withCurrency = TRAILING_CURRENCY.matcher(written);
        if (withCurrency.matches()) {
            candidates.add(compact(withCurrency.group(1)));
        }
        Matcher german = GERMAN_BANK_CODE.matcher(compact(written));
        if (german.matches()) {
            try {
                candidates.add(new Iban.Builder().countryCode(CountryCode.DE).bankCode(german.group(1))
                        .accountNumber("0".repeat(10 - german.group(2).length()) + german.group(2)).build()
                        .toString());
            } catch (IbanFormatException | UnsupportedCountryException e) {
                // not a German account after all
            }
        }
        int slash = compact(written).lastIndexOf('/');
        if (slash > 0 && slash < compact(written).length() - 1) {
            candidates.add(compact(written).substring(slash + 1));
        }
        return List.copyOf(candidates);
    }

    /** A BIC (8 or 11 characters) checked for its layout and country, in capitals; null stays null. */
    public static String bic(String field, String written) {
        if (written == null) {
            return null;
        }
        String compact = compact(written);
        try {
            BicUtil.validate(compact);
            return compact;
        } catch (BicFormatException | UnsupportedCountryException e) {
            throw new BusinessRuleViolation(field, "bic", "not a valid BIC: " + e.getMessage());
        }
    }

    public boolean isIban() {
        return value.matches(IBAN_START);
    }

    /** What may be shown and published: an IBAN's country and check digits and its last four, a number's last four. */
    public String masked() {
        String last = value.substring(Math.max(0, value.length() - 4));
        return isIban() ? value.substring(0, 4) + "…" + last : "…" + last;
    }
}
