package org.o2c.payments.bankstatement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.payments.matching.Suggestion;

@Schema(name = "BankLine", description = "A line of an imported bank statement and what became of it")
public record BankLineView(
        @Schema(required = true) UUID lineId,
        @Schema(required = true) UUID statementId,
        @Schema(description = "Position in the statement, from 1", required = true, example = "7") int lineNumber,
        @Schema(required = true) UUID bankAccountId,
        @Schema(description = "Legal entity of the bank account", required = true, example = "DE01") String legalEntity,
        @Schema(description = "Currency of the bank account, ISO 4217", required = true,
                example = "EUR") String currency,
        @Schema(required = true) LocalDate valueDate,
        @Schema(description = "The day the bank booked it, when given", required = true,
                nullable = true) LocalDate bookingDate,
        @Schema(type = SchemaType.STRING, description = "Signed: positive for money in", required = true,
                example = "568.82") BigDecimal amount,
        @Schema(description = "CREDIT for money in, DEBIT for money out", required = true, enumeration = {"CREDIT",
                "DEBIT"}, example = "CREDIT") String direction,
        @Schema(description = "UNMATCHED: waiting for a clerk (with suggestions for a credit); APPLIED: a "
                + "customer's payment; RECONCILED: the same movement as a line of another report that became one",
                required = true, enumeration = {"UNMATCHED", "APPLIED", "RECONCILED"}, example = "UNMATCHED")
        String status,
        @Schema(description = "Whether the bank marks it as the reversal of an earlier booking", required = true)
        boolean reversal,
        @Schema(description = "The bank's transaction type (camt domain/family/sub-family, MT or BAI2 code)",
                required = true, nullable = true, example = "NTRF") String transactionCode,
        @Schema(description = "The bank's own reference of the booking", required = true, nullable = true,
                example = "2026111900042") String bankReference,
        @Schema(description = "The payer's end-to-end reference", required = true, nullable = true,
                example = "E2E-4711") String endToEndId,
        @Schema(description = "Structured creditor references given with the payment, as written", required = true,
                nullable = true, example = "RF18INV2026000012") String creditorReference,
        @Schema(description = "What the payer wrote, or the bank's text about the movement", required = true,
                nullable = true, example = "Rechnung INV-2026-000012") String remittance,
        @Schema(description = "The payer of a credit, the payee of a debit", required = true, nullable = true,
                example = "Brauhaus Sonnenberg GmbH") String counterpartyName,
        @Schema(description = "That party's IBAN or account number", required = true, nullable = true,
                example = "DE02120300000000202051") String counterpartyAccount,
        @Schema(description = "ISO return reason of a returned payment", required = true, nullable = true,
                example = "MD06") String returnReason,
        @Schema(description = "The payment it became", required = true, nullable = true) UUID paymentId,
        @Schema(description = "The customer it was applied for", required = true, nullable = true) UUID customerId,
        @Schema(description = "Applied by the matching (true) or by a clerk (false)", required = true,
                nullable = true) Boolean automatic,
        @Schema(description = "The confidence it was applied with", required = true, nullable = true, example = "100")
        Integer score,
        @Schema(description = "Why it was applied as it was", required = true) List<String> reasons,
        @Schema(description = "For an unmatched credit: the ranked suggestions, best first", required = true)
        List<Suggestion> suggestions) {
}
