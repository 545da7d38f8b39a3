package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.o2c.payments.remittance.AdviceRow;

/** The rows of one remittance advice that belong to one payment reference: what the customer says the payment pays. */
public record AdvisedPayment(UUID adviceId, String referenceKey, String paymentReference, List<AdviceRow> rows) {
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,;]+");

    public AdvisedPayment {
        rows = List.copyOf(rows);
    }

    public BigDecimal total() {
        return rows.stream().map(AdviceRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The keys a line's texts could carry a payment reference under: each text whole, and each word of 4 or more. */
    static Set<String> keysOf(MatchingLine line) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : line.texts()) {
            if (text == null) {
                continue;
            }
            String whole = AdviceRow.keyOf(text);
            if (whole.length() >= 4) {
                keys.add(whole);
            }
            for (String word : WORD_BREAK.split(text)) {
                String key = AdviceRow.keyOf(word);
                if (key.length() >= 4) {
                    keys.add(key);
                }
            }
        }
        return keys;
    }
}
