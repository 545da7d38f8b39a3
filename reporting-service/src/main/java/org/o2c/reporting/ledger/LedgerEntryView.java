package org.o2c.reporting.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerEntry", description = "A journal entry with its lines")
public record LedgerEntryView(
        @Schema(description = "Entry id, derived from the posted event's id") UUID entryId,
        @Schema(description = "Legal entity", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "The day the entry counts in the ledger", example = "2026-11-14")
        LocalDate accountingDate,
        @Schema(description = "The business date of the source", example = "2026-11-14") LocalDate documentDate,
        LedgerSource source,
        @Schema(description = "What the entry records", example = "Invoice INV-2026-000042") String description,
        @Schema(description = "Debits and credits, in line order") List<LedgerLine> lines) {

    static LedgerEntryView of(List<LedgerLine> lines) {
        LedgerLine first = lines.get(0);
        return new LedgerEntryView(first.entryId(), first.legalEntity(), first.currency(), first.accountingDate(),
                first.documentDate(), first.source(), first.description(), List.copyOf(lines));
    }
}
