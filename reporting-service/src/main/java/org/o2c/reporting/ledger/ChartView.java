package org.o2c.reporting.ledger;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Chart", description = """
        A legal entity's chart of accounts on a date: every role with the account it posts to, the tax rates and
        bank accounts mapped apart, and every change ever made (the audit trail).""")
public record ChartView(
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "The date the accounts are in force", example = "2026-12-01") LocalDate asOf,
        @Schema(description = "Every role, then each tax rate or bank account mapped apart")
        List<ChartAccountView> accounts,
        @Schema(description = "Every change, latest effective first") List<ChartAccountView> changes) {
}
