package org.o2c.reporting.ledger;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrialBalanceAccount", description = """
        One account in one currency: its balance before the period, what the period debited and credited, and its
        balance at the end. Balances are signed: positive is a debit balance, negative a credit balance.""")
public record TrialBalanceAccount(
        @Schema(description = "Account number", example = "1100") String account,
        @Schema(description = "Account name in the legal entity's chart", example = "Trade receivables") String name,
        @Schema(description = "ASSET, LIABILITY, EQUITY, INCOME or EXPENSE", example = "ASSET") AccountType type,
        @Schema(description = "Balance at the end of the day before from", example = "12500.00",
                type = SchemaType.STRING) BigDecimal opening,
        @Schema(description = "Debits from from to asOf", example = "2380.00", type = SchemaType.STRING)
        BigDecimal debits,
        @Schema(description = "Credits from from to asOf", example = "1190.00", type = SchemaType.STRING)
        BigDecimal credits,
        @Schema(description = "Balance at the end of asOf: opening + debits - credits", example = "13690.00",
                type = SchemaType.STRING) BigDecimal closing) {
}
