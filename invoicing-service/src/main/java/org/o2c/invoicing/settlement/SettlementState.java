package org.o2c.invoicing.settlement;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far an invoice is settled, as learned from the payments service, which alone writes open amounts. With
 * {@code paid = gross − credit notes applied − open} (what payments have settled):
 * open 0 and paid above 0 is PAID, open 0 and nothing paid is CREDITED; open above 0 and paid above 0 is
 * PARTIALLY_PAID, open above 0 with only credit notes applied is PARTIALLY_CREDITED, otherwise OPEN. Until the
 * payments service has recorded the invoice as an open item it is OPEN.
 */
@Schema(description = """
        Settlement as learned from the payments service (paid = gross - credit notes applied - open amount): \
        OPEN = nothing paid or credited yet (also before the payments service has recorded the invoice); \
        PARTIALLY_CREDITED = credit notes reduced the open amount, nothing paid, still open; \
        PARTIALLY_PAID = some payment applied, still open; \
        PAID = nothing open and some payment applied (credit notes may have covered the rest); \
        CREDITED = nothing open and credit notes covered it all, nothing paid""")
public enum SettlementState {
    OPEN, PARTIALLY_CREDITED, PARTIALLY_PAID, PAID, CREDITED;

    /**
     * @param gross         the invoice's gross amount
     * @param open          its open amount after the latest payments event
     * @param creditApplied what credit notes have taken off its open amount, per the payments service
     */
    public static SettlementState of(BigDecimal gross, BigDecimal open, BigDecimal creditApplied) {
        boolean paid = gross.subtract(creditApplied).subtract(open).signum() > 0;
        if (open.signum() <= 0) {
            return paid ? PAID : CREDITED;
        }
        if (paid) {
            return PARTIALLY_PAID;
        }
        return creditApplied.signum() > 0 ? PARTIALLY_CREDITED : OPEN;
    }
}
