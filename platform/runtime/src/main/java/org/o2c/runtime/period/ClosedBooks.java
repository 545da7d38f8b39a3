package org.o2c.runtime.period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * Where some legal entities' books are closed, at one moment: up to and including each one's latest closed month
 * (months close in order, and only the latest closed one reopens, so every earlier month is closed too, also one
 * that never had a posting). The one reading of closed periods: the services refuse a document dated in a closed
 * month ({@link ClosedPeriods}); the ledger dates a posting that still arrives for one on the first day after the
 * latest closed month (the document keeps its date; the ledger counts it where the books are still open).
 */
public record ClosedBooks(Map<String, YearMonth> closedUpTo) {

    public boolean isClosed(String legalEntity, YearMonth period) {
        YearMonth latest = closedUpTo.get(legalEntity);
        return latest != null && !period.isAfter(latest);
    }

    /** The latest closed month of a legal entity; null when none is closed. */
    public YearMonth closedUpTo(String legalEntity) {
        return closedUpTo.get(legalEntity);
    }

    public LocalDate accountingDate(String legalEntity, LocalDate documentDate) {
        return isClosed(legalEntity, YearMonth.from(documentDate))
                ? closedUpTo.get(legalEntity).plusMonths(1).atDay(1) : documentDate;
    }
}
