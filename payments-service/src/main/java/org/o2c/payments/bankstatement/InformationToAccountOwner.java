package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an MT940 {@code :86:} field says about a movement, in the two structures banks use, as the matching needs
 * it: German and Dutch subfields ({@code 166?00UEBERWEISUNG?20SVWZ+...?31IBAN?32NAME}, Triodos writes {@code >} for
 * {@code ?}), whose remittance lines 20-29 and 60-63 run on without a separator and may carry SEPA tags (EREF+,
 * SVWZ+...); and SEPA keys ({@code /EREF/.../IBAN/.../NAME/.../REMI/...}, also {@code /BENM//NAME/}). Any other text
 * is taken whole as remittance.
 */
final class InformationToAccountOwner {
    private static final Pattern SUBFIELDS = Pattern.compile("^\\d{3}[?>]");
    private static final Pattern SUBFIELD = Pattern.compile("[?>](\\d{2})");
    private static final Pattern SEPA_TAG = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC)\\+");
    private static final Pattern KEY = Pattern.compile("/(EREF|IBAN|NAME|REMI|ORDP|BENM|ADDR|CSID|MARF|BIC|ISDT|RTRN"
            + "|PURP|CDTRREFTP|CDTRREF|CD|TP|ISSR|SVCL|TRCD|OCMT|CHGS|ULTC|ULTD|ULTB)/");

    private InformationToAccountOwner() {
    }

    /** The transaction a line's :86: describes; {@code raw} is the field as written, lines and all. */
    static TransactionDetails of(String raw, BigDecimal amount, String customerReference) {
        String text = raw.replace("\r", "").replace("\n", "");
        if (SUBFIELDS.matcher(text).lookingAt()) {
            return subfields(text, amount, customerReference);
        }
        if (KEY.matcher(text).lookingAt()) {
            return keys(text, amount, customerReference);
        }
        return new TransactionDetails(amount, customerReference, null, blankToNull(raw.lines()
                .map(String::strip).reduce((a, b) -> a + " " + b).orElse("")), null, null, null);
    }

    private static TransactionDetails subfields(String text, BigDecimal amount, String customerReference) {
        Map<Integer, StringBuilder> fields = new LinkedHashMap<>();
        Matcher subfield = SUBFIELD.matcher(text);
        int code = -1;
        int from = 0;
        while (subfield.find()) {
            if (code >= 0) {
                fields.computeIfAbsent(code, c -> new StringBuilder()).append(text, from, subfield.start());
            }
            code = Integer.parseInt(subfield.group(1));
            from = subfield.end();
        }
        if (code >= 0) {
            fields.computeIfAbsent(code, c -> new StringBuilder()).append(text.substring(from));
        }
        StringBuilder remittance = new StringBuilder();
        fields.forEach((c, value) -> {
            if (c >= 20 && c <= 29 || c >= 60 && c <= 63) {
                remittance.append(value);
            }
        });
        Map<String, String> tags = sepaTags(remittance.toString());
        String name = join(value(fields, 32), value(fields, 33));
        String remitted = tags.containsKey("SVWZ") ? tags.get("SVWZ") : tags.isEmpty() ? remittance.toString() : null;
        return new TransactionDetails(amount, first(tags.get("EREF"), customerReference), null,
                blankToNull(remitted), blankToNull(name), blankToNull(first(value(fields, 31), tags.get("IBAN"))),
                null);
    }

    /** SEPA tags inside German remittance lines ("EREF+123 SVWZ+Invoice 42"): each runs to the next tag. */
    private static Map<String, String> sepaTags(String remittance) {
        Map<String, String> tags = new LinkedHashMap<>();
        Matcher tag = SEPA_TAG.matcher(remittance);
        String name = null;
        int from = 0;
        while (tag.find()) {
            if (name != null) {
                tags.put(name, remittance.substring(from, tag.start()).strip());
            }
            name = tag.group(1);
            from = tag.end();
        }
        if (name != null) {
            tags.put(name, remittance.substring(from).strip());
        }
        return tags;
    }

    private static TransactionDetails keys(String text, BigDecimal amount, String customerReference) {
        Map<String, String> keys = new LinkedHashMap<>();
        Matcher key = KEY.matcher(text);
        String name = null;
        int from = 0;
        while (key.find(from)) {
            if (name != null) {
                keys.putIfAbsent(name, text.substring(from, key.start()).strip());
            }
            name = key.group(1);
            from = key.end();
        }
        if (name != null) {
            keys.putIfAbsent(name, text.substring(from).replaceAll("/+$", "").strip());
        }
        // /BENM/ and /ORDP/ may carry the party's account, then its name, each after a "/" (Macedonian layout)
        String[] party = first(keys.get("BENM"), keys.get("ORDP")) == null ? new String[0]
                : first(keys.get("BENM"), keys.get("ORDP")).split("/");
        String partyAccount = party.length > 0 && party[0].matches("[A-Z0-9]{5,34}") ? party[0] : null;
        String partyName = party.length > 1 ? party[1] : null;
        return new TransactionDetails(amount, first(keys.get("EREF"), customerReference),
                blankToNull(keys.get("CDTRREF")), blankToNull(keys.get("REMI")),
                blankToNull(first(keys.get("NAME"), partyName)), blankToNull(first(keys.get("IBAN"), partyAccount)),
                blankToNull(keys.get("RTRN")));
    }

    private static String value(Map<Integer, StringBuilder> fields, int code) {
        StringBuilder value = fields.get(code);
        return value == null ? null : value.toString().strip();
    }

    private static String first(String preferred, String otherwise) {
        return preferred != null && !preferred.isBlank() ? preferred : otherwise;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
