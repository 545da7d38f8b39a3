package org.o2c.payments.receivable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the document numbers a payer wrote into a payment's reference, e.g. {@code "INV-2026-000012,
 * INV-2026-000013"} or {@code "Rechnung INV-2026-000012 / INV-2026-000013"}: every run of letters, digits and
 * hyphens is a candidate, compared without regard to case. Which candidates are invoices of the account is the
 * account's decision.
 */
public final class PayerReference {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");

    private PayerReference() {
    }

    /** The candidates in the order written, each once, upper-cased. */
    public static List<String> candidates(String reference) {
        List<String> found = new ArrayList<>();
        if (reference == null) {
            return found;
        }
        Matcher matcher = TOKEN.matcher(reference);
        while (matcher.find()) {
            String token = matcher.group().toUpperCase(Locale.ROOT);
            if (!found.contains(token)) {
                found.add(token);
            }
        }
        return found;
    }
}
