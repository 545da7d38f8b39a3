package org.o2c.payments.bankstatement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CsvStatementMapping", description = """
        Which column of a bank account's CSV export holds what, by header name (compared without case, spaces, \
        hyphens, underscores and dots). The amount is one signed column (amount) or two (credit and debit, each \
        a positive number, one of them empty per row). With balanceAfter (the balance after each row) the \
        export is a statement: opening + rows = closing is checked row by row; without it, its lines are taken \
        like an interim report's and stay out of the bank reconciliation.""")
public record CsvMapping(
        @Schema(description = "Value date column", required = true, example = "Valutadatum")
        @NotBlank @Size(max = 100) String valueDate,
        @Schema(description = "Booking date column", nullable = true, example = "Buchungstag")
        @Size(max = 100) String bookingDate,
        @Schema(description = "Signed amount column (credit positive); or use credit and debit", nullable = true,
                example = "Betrag") @Size(max = 100) String amount,
        @Schema(description = "Money-in column", nullable = true, example = "Haben") @Size(max = 100) String credit,
        @Schema(description = "Money-out column", nullable = true, example = "Soll") @Size(max = 100) String debit,
        @Schema(description = "Balance after each row", nullable = true, example = "Saldo nach Buchung")
        @Size(max = 100) String balanceAfter,
        @Schema(description = "Payer or payee name column", nullable = true, example = "Name Zahlungsbeteiligter")
        @Size(max = 100) String counterpartyName,
        @Schema(description = "Payer or payee account column", nullable = true,
                example = "IBAN Zahlungsbeteiligter") @Size(max = 100) String counterpartyAccount,
        @Schema(description = "Remittance text columns, joined in this order", nullable = true,
                example = "[\"Verwendungszweck\"]") @Size(max = 10) List<@NotBlank @Size(max = 100) String> remittance,
        @Schema(description = "End-to-end reference column", nullable = true, example = "Kundenreferenz")
        @Size(max = 100) String endToEndId,
        @Schema(description = "The bank's reference column", nullable = true, example = "Buchungsreferenz")
        @Size(max = 100) String bankReference,
        @Schema(description = "Date pattern of the date columns (java.time style); ISO yyyy-MM-dd when left out",
                nullable = true, example = "dd.MM.yyyy") @Size(max = 20) String dateFormat) {

    public List<String> remittanceColumns() {
        return remittance == null ? List.of() : remittance;
    }
}
