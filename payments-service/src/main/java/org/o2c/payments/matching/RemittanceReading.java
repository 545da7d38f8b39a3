package org.o2c.payments.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.o2c.payments.bankstatement.CreditorReference;

/**
 * What a payer's text says about the invoices it pays. Invoice numbers are compared by their digits, so that the
 * series prefix, spaces, hyphens, slashes and dots the payer typed or left out do not matter ("INV-2026-000012",
 * "inv 2026 000012", "Rechnung 2026/000012" all read as 2026000012); a structured creditor reference counts only
 * when its check digits hold.
 */
public final class RemittanceReading {
    /** Digits of an invoice number have at least this many; shorter runs are amounts, dates' parts, house numbers. */
    static final int MIN_DIGITS = 6;
    static final int MAX_DIGITS = 20;
    /** Typos are looked for only in runs this long or longer: shorter ones would match by chance. */
    static final int MIN_DIGITS_FOR_TYPOS = 8;
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+(?:[ \\-/.][0-9]+)*");
    private static final Pattern RF_START = Pattern.compile("RF[0-9]{2}");
    private static final Pattern SPACED_DIGITS = Pattern.compile("[0-9]+(?: [0-9]+)*");
    private static final int MAX_GROUPS = 12;
    private static final Pattern NOT_A_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern GROUP_BREAK = Pattern.compile("[ \\-/.]");

    private RemittanceReading() {
    }

    /** The verified creditor references (RF, QR/ISR) in any of these texts, as written in capitals. */
    public static List<CreditorReference> creditorReferences(String... texts) {
        Set<CreditorReference> found = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            String upper = text.toUpperCase(Locale.ROOT);
            Matcher rf = RF_START.matcher(upper);
            while (rf.find()) {
                longestRf(upper, rf.start()).ifPresent(found::add);
            }
            for (String key : digitRuns(upper)) {
                if (key.length() == 27) {
                    CreditorReference.parse(key).ifPresent(found::add);
                }
            }
        }
        return List.copyOf(found);
    }

    /**
     * The digit keys an invoice number could have in this text: each run of digit groups (joined by a space,
     * hyphen, slash or dot) gives every contiguous part of 6 to 20 digits, since "2026-000012 2026-000013" names two.
     */
    public static Set<String> numberKeys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        if (text == null) {
            return keys;
        }
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            String[] groups = GROUP_BREAK.split(run.group());
            int count = Math.min(groups.length, MAX_GROUPS);
            for (int from = 0; from < count; from++) {
                StringBuilder key = new StringBuilder();
                for (int to = from; to < count && key.length() + groups[to].length() <= MAX_DIGITS; to++) {
                    key.append(groups[to]);
                    if (key.length() >= MIN_DIGITS) {
                        keys.add(key.toString());
                    }
                }
            }
        }
        return keys;
    }

    /** The digits of a text, in order: how invoice numbers are compared. */
    public static String digitsOf(String text) {
        return NOT_A_DIGIT.matcher(text).replaceAll("");
    }

    /** The digit key a creditor reference carries: an RF payload's digits, a QR reference's without leading zeros. */
    public static String keyOf(CreditorReference reference) {
        String digits = digitsOf(reference.payload());
        return reference.kind() == CreditorReference.Kind.QRR ? digits.replaceFirst("^0+", "") : digits;
    }

    /** Every key one wrong digit or two swapped neighbours away from {@code key}. */
    public static List<String> oneTypoAway(String key) {
        List<String> variants = new ArrayList<>();
        char[] digits = key.toCharArray();
        for (int i = 0; i < digits.length; i++) {
            char original = digits[i];
            for (char d = '0'; d <= '9'; d++) {
                if (d != original) {
                    digits[i] = d;
                    variants.add(new String(digits));
                }
            }
            digits[i] = original;
            if (i + 1 < digits.length && digits[i + 1] != original) {
                digits[i] = digits[i + 1];
                digits[i + 1] = original;
                variants.add(new String(digits));
                digits[i + 1] = digits[i];
                digits[i] = original;
            }
        }
        return variants;
    }

    /** Whether two keys are one wrong digit or two swapped neighbours apart (never when equal). */
    public static boolean oneTypoApart(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (++differences > 2) {
                    return false;
                }
                if (first < 0) {
                    first = i;
                }
            }
        }
        return differences == 1 || differences == 2 && first + 1 < a.length()
                && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
    }

    private static List<String> digitRuns(String text) {
        List<String> runs = new ArrayList<>();
        Matcher run = SPACED_DIGITS.matcher(text);
        while (run.find()) {
            runs.add(run.group().replace(" ", ""));
        }
        return runs;
    }

    /** The longest RF reference starting at {@code start} whose check digits hold (spaces inside allowed). */
    private static Optional<CreditorReference> longestRf(String text, int start) {
        StringBuilder compact = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        for (int i = start; i < text.length() && compact.length() < 25; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                compact.append(c);
                ends.add(compact.length());
            } else if (c != ' ') {
                break;
            }
        }
        for (int n = ends.size() - 1; n >= 0; n--) {
            int length = ends.get(n);
            if (length >= 5) {
                Optional<CreditorReference> parsed = CreditorReference.parse(compact.substring(0, length));
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return Optional.empty();
    }
}
