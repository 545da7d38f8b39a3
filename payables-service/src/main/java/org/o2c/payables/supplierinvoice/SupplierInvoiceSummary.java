package org.o2c.payables.supplierinvoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SupplierInvoiceSummary", description = "A supplier invoice in a list, without its payments")
public record SupplierInvoiceSummary(
        @Schema(description = "Supplier invoice id", example = "5e7a9c1b-3d2f-4a6e-b8c0-d1e2f3a4b5c6") UUID id,
        @Schema(description = "The supplier who invoiced us", example = "7a3e5c1d-9b2f-4e6a-8c0d-1f2e3d4c5b6a")
        UUID supplierId,
        @Schema(description = "The supplier's own invoice number",
                example = "RE-2026-0815") String supplierInvoiceNumber,
        @Schema(description = "Our legal entity that owes it", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217, the supplier's currency", example = "EUR") String currency,
        @Schema(description = "The supplier's invoice date", example = "2026-11-02") LocalDate invoiceDate,
        @Schema(description = "When it must be paid", example = "2026-12-02") LocalDate dueDate,
        @Schema(description = "Net amount", example = "1000.00", type = SchemaType.STRING) BigDecimal netAmount,
        @Schema(description = "Tax amount", example = "190.00", type = SchemaType.STRING) BigDecimal taxAmount,
        @Schema(description = "What we owe: net + tax", example = "1190.00", type = SchemaType.STRING)
        BigDecimal grossAmount,
        @Schema(description = "Paid so far", example = "500.00", type = SchemaType.STRING) BigDecimal paidAmount,
        @Schema(description = "Still to pay: gross - paid", example = "690.00", type = SchemaType.STRING)
        BigDecimal openAmount,
        @Schema(description = "REGISTERED, APPROVED, PARTIALLY_PAID or PAID", example = "PARTIALLY_PAID")
        SupplierInvoiceStatus status,
        @Schema(description = "The user who registered it", example = "carl.clerk") String registeredBy,
        @Schema(description = "When it was registered") Instant registeredAt,
        @Schema(description = "The user who approved it; null until approved", example = "anna.approver",
                nullable = true)
        String approvedBy,
        @Schema(description = "When it was approved; null until approved", nullable = true) Instant approvedAt) {
}
