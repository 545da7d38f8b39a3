package org.o2c.payments.receivable;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How the rest a payment leaves open on an invoice it pays is settled: the early-payment discount the invoice
 * offered, written off within the legal entity's tolerance, or kept open as a deduction for collections.
 *
 * @param tolerance with {@link How#WRITE_OFF}: the most that may be written off, as an amount and as a percent of
 *                  what was open on the invoice before the payment (both hold)
 * @param reason    in words, for the write-off or the deduction
 */
public record RestOfItem(How how, Tolerance tolerance, String reason) {

    public enum How { DISCOUNT, WRITE_OFF, DEDUCTION }

    /** A write-off limit: at most {@code amount}, and at most {@code percent} of what was open on the invoice. */
    public record Tolerance(BigDecimal amount, BigDecimal percent) {
        public Tolerance {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(percent, "percent");
        }

        /** The most that may be written off on an invoice with this much open before the payment. */
        public BigDecimal limitFor(BigDecimal open) {
            return amount.min(open.multiply(percent).movePointLeft(2));
        }
    }

    public RestOfItem {
        Objects.requireNonNull(how, "how");
        if (how == How.WRITE_OFF) {
            Objects.requireNonNull(tolerance, "a write-off needs its tolerance");
        }
    }

    public static RestOfItem discount() {
        return new RestOfItem(How.DISCOUNT, null, "early-payment discount");
    }

    public static RestOfItem writeOff(Tolerance tolerance, String reason) {
        return new RestOfItem(How.WRITE_OFF, tolerance, reason);
    }

    public static RestOfItem deduction(String reason) {
        return new RestOfItem(How.DEDUCTION, null, reason);
    }
}
