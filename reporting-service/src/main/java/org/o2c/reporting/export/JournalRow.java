package org.o2c.reporting.export;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of one journal line in the JSON export; its fields are the columns of the CSV and XLSX exports. */
@Schema(name = "JournalRow", description = "One journal line as exported, flat")
public record JournalRow(
        @Schema(description = "The day the line counts in the ledger") LocalDate accountingDate,
        @Schema(description = "Journal entry id") String entryId,
        @Schema(description = "Line number within the entry, from 1") long lineNumber,
        @Schema(description = "Account number", example = "1100") String account,
        @Schema(description = "Account name", example = "Trade receivables", nullable = true) String accountName,
        @Schema(description = "Debit, or 0", example = "1190.00") String debit,
        @Schema(description = "Credit, or 0", example = "0.00") String credit,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "The source's business date") LocalDate documentDate,
        @Schema(description = "INVOICE, CREDIT_NOTE, PAYMENT, REFUND, SUPPLIER_INVOICE or SUPPLIER_PAYMENT")
        String documentType,
        @Schema(description = "The document's id") String documentId,
        @Schema(description = "The document's number", nullable = true) String documentNumber,
        @Schema(description = "Customer of a receivable posting", nullable = true) String customerId,
        @Schema(description = "Supplier of a payable posting", nullable = true) String supplierId,
        @Schema(description = "Open item a control account line changes", nullable = true) String openItemId,
        @Schema(description = "What the entry records") String description,
        @Schema(description = "Type of the posted event", example = "InvoiceIssued.v1") String eventType,
        @Schema(description = "Id of the posted event") String eventId) {
}
