package org.o2c.reporting.dso;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DsoReport", description = "Days sales outstanding of a period, per legal entity and currency")
public record DsoReport(
        @Schema(description = "First day of the period", example = "2026-07-01") LocalDate from,
        @Schema(description = "Last day of the period", example = "2026-09-30") LocalDate to,
        @Schema(description = "Days in the period, first and last day included", example = "92") long days,
        @Schema(description = "Filter used, if any", example = "DE01", nullable = true) String legalEntity,
        @Schema(description = "Filter used, if any", example = "EUR", nullable = true) String currency,
        @Schema(description = "One line per legal entity and currency with receivables or credit sales; "
                + "currencies are never added together") List<DaysSalesOutstanding> results) {
}
