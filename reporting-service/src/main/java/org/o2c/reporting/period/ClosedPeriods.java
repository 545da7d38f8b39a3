package org.o2c.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * The closed periods of some legal entities at one moment, and the accounting date they give a posting: its
 * document date, or, when that falls into a closed period, the first day of the next open period (the document keeps
 * its date; the ledger counts it where the books are still open).
 */
public record ClosedPeriods(Map<String, Set<YearMonth>> closed) {

    public boolean isClosed(String legalEntity, YearMonth period) {
        return closed.getOrDefault(legalEntity, Set.of()).contains(period);
    }

    public LocalDate accountingDate(String legalEntity, LocalDate documentDate) {
        YearMonth period = YearMonth.from(documentDate);
        if (!isClosed(legalEntity, period)) {
            return documentDate;
        }
        while (isClosed(legalEntity, period)) {
            period = period.plusMonths(1);
        }
        return period.atDay(1);
    }
}
