package org.o2c.reporting.aging;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.paging.Page;

@Schema(name = "ArAgingReport", description = """
        Open receivables on the as-of date by days past due, per currency and per customer, with unapplied cash
        and net balances shown apart""")
public record ArAgingReport(
        @Schema(description = "The day the items are aged at", example = "2026-11-22") LocalDate asOf,
        @Schema(description = "Filter used, if any", example = "DE01", nullable = true) String legalEntity,
        @Schema(description = "Filter used, if any", example = "EUR", nullable = true) String currency,
        @Schema(description = "Filter used, if any", nullable = true) UUID customerId,
        @Schema(description = "Aging totals per currency; amounts of different currencies are never added")
        List<CurrencyAging> totals,
        @Schema(description = "Per currency: open items, unapplied cash, credit balance and net balance")
        List<CurrencyBalance> balances,
        @Schema(description = "Per customer and currency, by customer name; customers with only unapplied cash "
                + "or a credit balance are listed too") Page<CustomerAging> customers) {
}
