package org.o2c.reporting.period;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/** Identifies one month of one legal entity's books; the same month always has the same id. */
public record AccountingPeriodId(UUID value) {
    public AccountingPeriodId {
        Objects.requireNonNull(value, "accounting period id");
    }

    public static AccountingPeriodId of(String legalEntity, YearMonth period) {
        return new AccountingPeriodId(UUID.nameUUIDFromBytes(("accounting-period:" + legalEntity + ":" + period)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
