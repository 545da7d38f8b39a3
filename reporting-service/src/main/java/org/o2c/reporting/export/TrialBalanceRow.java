package org.o2c.reporting.export;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of one account in the JSON trial balance export; its fields are the CSV and XLSX columns. */
@Schema(name = "TrialBalanceRow", description = "One account of one currency as exported, flat")
public record TrialBalanceRow(
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Account number", example = "1100") String account,
        @Schema(description = "Account name", example = "Trade receivables") String name,
        @Schema(description = "ASSET, LIABILITY, EQUITY, INCOME or EXPENSE", example = "ASSET") String type,
        @Schema(description = "Balance before the period; positive is a debit balance", example = "12500.00")
        String opening,
        @Schema(description = "Debits of the period", example = "2380.00") String debits,
        @Schema(description = "Credits of the period", example = "1190.00") String credits,
        @Schema(description = "Balance at the end of the period", example = "13690.00") String closing) {
}
