package org.o2c.payments.upload;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount as people write it in a table: {@code 1234.56}, {@code 1,234.56}, {@code 1.234,56}, {@code 1234,56},
 * with an optional sign or currency-free spaces. With both a comma and a point, the one that comes last is the
 * decimal separator; with only commas, a single comma is the decimal separator. Never a float on the way.
 */
public final class DecimalText {
    private static final Pattern WRITTEN = Pattern.compile("[-+]?[0-9][0-9.,' ]*");

    private DecimalText() {
    }

    /** The amount, or null when the text is not one. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || !WRITTEN.matcher(t).matches()) {
            return null;
        }
        t = t.replace(" ", "").replace("'", "");
        int comma = t.lastIndexOf(',');
        int point = t.lastIndexOf('.');
        String plain;
        if (comma >= 0 && point >= 0) {
            plain = comma > point ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            plain = t.indexOf(',') == comma ? t.replace(',', '.') : t.replace(",", "");
        } else {
            plain = point >= 0 && t.indexOf('.') != point ? t.replace(".", "") : t;
        }
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
