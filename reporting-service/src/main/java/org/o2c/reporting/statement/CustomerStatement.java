package org.o2c.reporting.statement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.paging.Page;

@Schema(name = "CustomerStatement", description = """
        Statement of account: per currency the opening balance, every invoice, credit note, payment received and
        payment returned of the period in date order with the running balance, and the closing balance. Applying
        a payment to an invoice does not change the balance and is not a line.""")
public record CustomerStatement(
        @Schema(description = "Customer id", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Customer name, once known", example = "Brauhaus Köhler GmbH", nullable = true)
        String customerName,
        @Schema(description = "First day of the statement", example = "2026-07-01") LocalDate from,
        @Schema(description = "Last day of the statement", example = "2026-07-31") LocalDate to,
        @Schema(description = "Opening and closing balance per currency") List<StatementBalance> balances,
        @Schema(description = "Lines by currency, then date; running balances count from the opening balance")
        Page<StatementLine> lines) {
}
