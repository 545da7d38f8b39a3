package org.o2c.reporting.period;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseRequest", description = "Closes a period; findings of its checklist must be acknowledged")
public record CloseRequest(
        @Schema(description = "Checklist items whose findings the manager accepts; each needs the note",
                example = "[\"OPEN_DISPUTES\"]", nullable = true)
        @Size(max = 5) List<@NotNull(message = "is required") @Pattern(regexp = ITEMS,
                message = "must be one of " + ITEMS) String> acknowledge,
        @Schema(description = "Why the period closes with the acknowledged findings", nullable = true,
                example = "Dispute on INV-2026-000042 is a price question; it does not change October's revenue")
        @Size(max = 2000) String note) {
    static final String ITEMS = "UNPOSTED_DOCUMENTS|SUBLEDGER_DIFFERENCES|OLD_UNAPPLIED_CASH|OPEN_DISPUTES"
            + "|UNAPPROVED_SUPPLIER_INVOICES";
}
