package org.o2c.reporting.ledger;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReconciliationLine", description = "One subledger total of one currency against its accounts")
public record ReconciliationLine(
        @Schema(description = """
                AR_OPEN_ITEMS (AR aging total against AR control), UNAPPLIED_CASH (payments not applied against the
                unapplied cash account), CREDIT_BALANCES (owed to customers against their account) or AP_OPEN_ITEMS
                (AP aging total against AP control)""", example = "AR_OPEN_ITEMS") String subledger,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "The accounts compared, every account the role was ever mapped to",
                example = "[\"1100\"]") List<String> accounts,
        @Schema(description = "Subledger total at the end of asOf", example = "25430.00", type = SchemaType.STRING)
        BigDecimal subledgerTotal,
        @Schema(description = "The accounts' balance at the end of asOf, as the subledger counts it (assets as "
                + "debit balance, liabilities as credit balance)", example = "25430.00", type = SchemaType.STRING)
        BigDecimal ledgerBalance,
        @Schema(description = "subledgerTotal - ledgerBalance", example = "0.00", type = SchemaType.STRING)
        BigDecimal difference,
        @Schema(description = "Where there is a difference on open items: up to 100 documents that cause it")
        List<ReconciliationDifference> documents) {
}
