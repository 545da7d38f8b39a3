package org.o2c.reporting.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.reporting.aging.BalanceEntryKind;

@Schema(name = "StatementLine", description = "A document or payment that changed what the customer owes")
public record StatementLine(
        @Schema(description = "ISO 4217; each currency has its own running balance", example = "EUR") String currency,
        @Schema(description = "Invoice and credit note: issue date; payment received: value date; payment "
                + "returned: date of return", example = "2026-07-14") LocalDate date,
        @Schema(description = "What happened", example = "INVOICE") BalanceEntryKind kind,
        @Schema(description = "Invoice, credit note or payment id", example = "0b8a3c5e-6f21-4d7a-9e10-2c3b4a5d6e7f")
        UUID documentId,
        @Schema(description = "Invoice or credit note number; none for payments", example = "INV-2026-000042",
                nullable = true) String documentNumber,
        @Schema(description = "Due date of an invoice", example = "2026-08-13", nullable = true) LocalDate dueDate,
        @Schema(description = "Payer reference of a payment, reason of a return, invoice of a credit note",
                example = "INV-2026-000042 thank you", nullable = true) String reference,
        @Schema(description = "Change of the balance: positive for invoices and returned payments, negative for "
                + "credit notes and payments", example = "1190.00", type = SchemaType.STRING) BigDecimal amount,
        @Schema(description = "Balance after this line in this currency", example = "2380.00",
                type = SchemaType.STRING) BigDecimal runningBalance) {
}
