package org.o2c.payments.remittance;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One row of a remittance advice: the payment it belongs to (by the reference the payer puts on the transfer), one
 * invoice it pays and how much of it.
 *
 * @param referenceKey the reference in capitals without spaces and punctuation: how bank lines find it
 * @param discount     what the customer took off the invoice as early-payment discount, or null
 */
public record AdviceRow(int row, String paymentReference, String referenceKey, String invoiceNumber,
                        BigDecimal amount, BigDecimal discount, String payerName) {

    private static final Pattern NOT_A_KEY_CHARACTER = Pattern.compile("[^A-Z0-9]");

    /** A reference as bank lines are compared with it. */
    public static String keyOf(String reference) {
        return reference == null ? ""
                : NOT_A_KEY_CHARACTER.matcher(reference.toUpperCase(Locale.ROOT)).replaceAll("");
    }
}
