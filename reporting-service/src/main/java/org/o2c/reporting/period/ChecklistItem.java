package org.o2c.reporting.period;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChecklistItem", description = "One check of a period's close")
public record ChecklistItem(
        @Schema(description = """
                UNPOSTED_DOCUMENTS: invoices and supplier invoices of the period the ledger has not posted;
                SUBLEDGER_DIFFERENCES: reconciliation lines at the period's last day that are not zero;
                OLD_UNAPPLIED_CASH: payments received more than 30 days before the period's end and still not
                fully applied at its end; OPEN_DISPUTES: disputes open at the period's end;
                UNAPPROVED_SUPPLIER_INVOICES: supplier invoices of the period not approved by its end""",
                example = "OPEN_DISPUTES") String item,
        @Schema(description = "What the check found; 0 is clean", example = "2") long findings,
        @Schema(description = "Whether the check is clean", example = "false") boolean clean) {
}
