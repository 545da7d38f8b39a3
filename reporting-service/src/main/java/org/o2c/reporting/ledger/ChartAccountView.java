package org.o2c.reporting.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChartAccount", description = "The account a role posts to on the chart's date")
public record ChartAccountView(
        @Schema(description = "What the account does in the posting rules", example = "AR_CONTROL") AccountRole role,
        @Schema(description = "Tax rate (REVENUE, OUTPUT_VAT) or bank account (BANK_CLEARING) this row is for; "
                + "null for the role as a whole", example = "19", nullable = true) String qualifier,
        @Schema(description = "Account number", example = "1100") String account,
        @Schema(description = "Account name", example = "Trade receivables") String name,
        @Schema(description = "ASSET, LIABILITY, EQUITY, INCOME or EXPENSE", example = "ASSET") AccountType type,
        @Schema(description = "Since when this mapping is in force; null for the default chart", nullable = true)
        LocalDate effectiveFrom,
        @Schema(description = "Who made the change; null for the default chart", nullable = true) String changedBy,
        @Schema(description = "When the change was made; null for the default chart", nullable = true)
        Instant changedAt) {
}
