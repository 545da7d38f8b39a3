package org.o2c.reporting.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * Where some legal entities' books are closed, at one moment: up to and including each one's latest closed month
 * (months close in order, and only the latest closed one reopens, so every earlier month is closed too, also one
 * that never had a posting). The accounting date of a posting is its document date, or, when that falls into a
 * closed month, the first day after the latest closed month (the document keeps its date; the ledger counts it
 * where the books are still open).
 */
public record ClosedPeriods(Map<String, YearMonth> closedUpTo) {

    public boolean isClosed(String legalEntity, YearMonth period) {
        YearMonth latest = closedUpTo.get(legalEntity);
        return latest != null && !period.isAfter(latest);
    }

    public LocalDate accountingDate(String legalEntity, LocalDate documentDate) {
        return isClosed(legalEntity, YearMonth.from(documentDate))
                ? closedUpTo.get(legalEntity).plusMonths(1).atDay(1) : documentDate;
    }
}
