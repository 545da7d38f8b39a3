package org.o2c.reporting.ledger;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrialBalanceCurrency", description = """
        The accounts of one currency, by account number. Entries balance per currency, so the debits and credits
        of the period are equal, and so are the debit and credit balances.""")
public record TrialBalanceCurrency(
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "By account number") List<TrialBalanceAccount> accounts,
        @Schema(description = "Sum of the period's debits", example = "2380.00", type = SchemaType.STRING)
        BigDecimal totalDebits,
        @Schema(description = "Sum of the period's credits", example = "2380.00", type = SchemaType.STRING)
        BigDecimal totalCredits,
        @Schema(description = "Sum of the closing balances: zero when the ledger balances", example = "0.00",
                type = SchemaType.STRING) BigDecimal closingTotal,
        @Schema(description = "Whether debits equal credits and the closing balances add up to zero",
                example = "true") boolean balanced) {
}
