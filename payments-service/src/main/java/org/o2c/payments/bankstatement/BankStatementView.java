package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BankStatement", description = "A bank statement taken in, with how far its lines are applied")
public record BankStatementView(
        @Schema(required = true) UUID statementId,
        @Schema(required = true) UUID bankAccountId,
        @Schema(description = "Legal entity of the bank account", required = true, example = "DE01") String legalEntity,
        @Schema(description = "The bank account, masked", required = true, example = "DE89…3000") String maskedAccount,
        @Schema(description = "Currency of the statement, ISO 4217", required = true, example = "EUR") String currency,
        @Schema(description = "The file format it came in", required = true, enumeration = {"MT940", "MT942",
                "CAMT053", "CAMT054", "BAI2", "CSV"}, example = "CAMT053")
        String format,
        @Schema(description = "The bank's id of the statement", required = true, example = "STMT-2026-11-19")
        String reference,
        @Schema(description = "The bank's statement number and page", required = true, nullable = true,
                example = "00223/001") String sequence,
        @Schema(description = "Date of the opening balance; null for an interim report", required = true,
                nullable = true) LocalDate openingDate,
        @Schema(type = SchemaType.STRING, description = "Signed: credit positive; null for an interim report",
                required = true, nullable = true,
                example = "10500.00") BigDecimal openingBalance,
        @Schema(description = "Date of the closing balance; null for an interim report", required = true,
                nullable = true) LocalDate closingDate,
        @Schema(type = SchemaType.STRING, description = "Signed: credit positive; null for an interim report",
                required = true, nullable = true,
                example = "12068.82") BigDecimal closingBalance,
        @Schema(description = "Booked lines (a batch booking's transactions counted one by one)", required = true,
                example = "3") int lineCount,
        @Schema(type = SchemaType.STRING, description = "Sum of the credit lines", required = true,
                example = "1668.82") BigDecimal credits,
        @Schema(type = SchemaType.STRING, description = "Sum of the debit lines, positive", required = true,
                example = "100.00")
        BigDecimal debits,
        @Schema(required = true) Instant importedAt,
        @Schema(description = "Lines that became customers' payments", required = true, example = "2")
        int linesApplied,
        @Schema(description = "Lines waiting in the queue (credit and debit)", required = true, example = "1")
        int linesUnmatched,
        @Schema(description = "Lines reconciled with the same movement of another report", required = true,
                example = "0") int linesReconciled) {
}
