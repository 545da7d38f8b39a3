package org.o2c.reporting.ledger;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LedgerSource", description = "The document an entry posts and the event that posted it")
public record LedgerSource(
        @Schema(description = "INVOICE, CREDIT_NOTE, PAYMENT, REFUND, SUPPLIER_INVOICE or SUPPLIER_PAYMENT",
                example = "INVOICE") String documentType,
        @Schema(description = "The document's id", example = "0b8a3c5e-6f21-4d7a-9e10-2c3b4a5d6e7f") UUID documentId,
        @Schema(description = "The document's number; payments have none", example = "INV-2026-000042",
                nullable = true) String documentNumber,
        @Schema(description = "Type of the posted event", example = "InvoiceIssued.v1") String eventType,
        @Schema(description = "Id of the posted event (its ce_id on Kafka)",
                example = "9a0e7b4c-1d2f-4e3a-8b5c-6d7e8f9a0b1c") String eventId) {
}
