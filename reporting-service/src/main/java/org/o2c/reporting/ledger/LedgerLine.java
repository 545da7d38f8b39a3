package org.o2c.reporting.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerLine", description = "One line of a journal entry, with the document and event behind it")
public record LedgerLine(
        @Schema(description = "The entry", example = "5d1c0f3e-2a4b-3c5d-8e6f-7a8b9c0d1e2f") UUID entryId,
        @Schema(description = "Line number within the entry, from 1", example = "1") int lineNumber,
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "Account number", example = "1100") String account,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "The day the line counts in the ledger", example = "2026-11-14")
        LocalDate accountingDate,
        @Schema(description = "The business date of the source; later than the accounting date never, earlier "
                + "only when its period was closed when it was posted", example = "2026-11-14") LocalDate documentDate,
        @Schema(description = "Amount debited, or 0", example = "1190.00", type = SchemaType.STRING) BigDecimal debit,
        @Schema(description = "Amount credited, or 0", example = "0.00", type = SchemaType.STRING) BigDecimal credit,
        LedgerSource source,
        @Schema(description = "Customer of a receivable posting", nullable = true) UUID customerId,
        @Schema(description = "Supplier of a payable posting", nullable = true) UUID supplierId,
        @Schema(description = "On AR and AP control: the invoice or supplier invoice whose open amount the line "
                + "changes", nullable = true) UUID openItemId,
        @Schema(description = "What the entry records", example = "Invoice INV-2026-000042") String description) {
}
