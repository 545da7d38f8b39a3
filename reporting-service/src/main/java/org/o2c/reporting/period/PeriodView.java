package org.o2c.reporting.period;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccountingPeriod", description = "One month of a legal entity's books")
public record PeriodView(
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "yyyy-MM", example = "2026-10") String period,
        @Schema(description = "First day", example = "2026-10-01") LocalDate firstDay,
        @Schema(description = "Last day", example = "2026-10-31") LocalDate lastDay,
        @Schema(description = "OPEN or CLOSED; a month before the latest closed one is closed too, also one never "
                + "closed itself (then without a close record)", example = "CLOSED", enumeration = {"OPEN", "CLOSED"})
        String status,
        @Schema(description = "Who closed it last", nullable = true, example = "maria.manager") String closedBy,
        @Schema(description = "When it was closed last", nullable = true) Instant closedAt,
        @Schema(description = "The note on acknowledged findings", nullable = true) String closeNote,
        @Schema(description = "The checklist as it stood at the last close; empty when never closed")
        List<RecordedCheck> checklist,
        @Schema(description = "Who asked to reopen it, while a second person has not approved", nullable = true)
        String reopeningRequestedBy,
        @Schema(description = "Why it is (or was last) reopened", nullable = true) String reopeningReason,
        @Schema(description = "Who approved the last reopening", nullable = true) String reopenedBy,
        @Schema(description = "When it was last reopened", nullable = true) Instant reopenedAt) {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    /** A month never closed itself: closed when a later one is, else open. */
    static PeriodView unrecorded(String legalEntity, java.time.YearMonth period, boolean closed) {
        return new PeriodView(legalEntity, period.toString(), period.atDay(1), period.atEndOfMonth(),
                closed ? CLOSED : OPEN, null, null, null, List.of(), null, null, null, null);
    }
}
