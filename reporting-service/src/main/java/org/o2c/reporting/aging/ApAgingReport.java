package org.o2c.reporting.aging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.paging.Page;

@Schema(name = "ApAgingReport",
        description = "Open payables on the as-of date by days past due, per currency and per supplier")
public record ApAgingReport(
        @Schema(description = "The day the items are aged at", example = "2026-11-22") LocalDate asOf,
        @Schema(description = "Filter used, if any", example = "DE01", nullable = true) String legalEntity,
        @Schema(description = "Filter used, if any", example = "EUR", nullable = true) String currency,
        @Schema(description = "Filter used, if any", nullable = true) UUID supplierId,
        @Schema(description = "Totals per currency; amounts of different currencies are never added")
        List<CurrencyAging> totals,
        @Schema(description = "Per supplier and currency, by supplier name") Page<SupplierAging> suppliers) {
}
