package org.o2c.reporting.ledger;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrialBalance", description = "Every account a legal entity posted to, per currency")
public record TrialBalance(
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "First day of the period", example = "2026-11-01") LocalDate from,
        @Schema(description = "Last day of the period", example = "2026-11-30") LocalDate asOf,
        @Schema(description = "One section per currency, in currency order") List<TrialBalanceCurrency> currencies) {
}
