package org.o2c.payments.remittance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RemittanceAdvice", description = "A customer's remittance advice as imported, and its rows")
public record RemittanceAdviceView(
        @Schema(description = "Advice id", required = true) UUID adviceId,
        @Schema(description = "The legal entity it was imported for", required = true, example = "DE01")
        String legalEntity,
        @Schema(description = "Who imported it", required = true, example = "clara.clerk") String importedBy,
        @Schema(description = "When", required = true) Instant importedAt,
        @Schema(description = "Its rows in file order", required = true) List<Row> rows,
        @Schema(description = "On import: waiting bank lines it let the matching apply now", required = true,
                example = "1") int linesApplied,
        @Schema(description = "On import: waiting bank lines it names that still wait", required = true,
                example = "0") int linesWaiting) {

    @Schema(name = "RemittanceAdviceRow", description = "One invoice one payment pays, as the customer says")
    public record Row(
            @Schema(description = "Row number in the file", required = true, example = "2") int row,
            @Schema(description = "The reference on the customer's transfer", required = true,
                    example = "PAY-2026-1101") String paymentReference,
            @Schema(description = "The invoice as the customer writes it", required = true,
                    example = "INV-2026-000012") String invoiceNumber,
            @Schema(description = "Paid on it", required = true, type = SchemaType.STRING, example = "557.44")
            BigDecimal amount,
            @Schema(description = "Discount the customer took, or null", required = true, nullable = true,
                    type = SchemaType.STRING, example = "11.38") BigDecimal discount,
            @Schema(description = "The payer as written, or null", required = true, nullable = true,
                    example = "Brauhaus Krüger") String payerName,
            @Schema(description = "The bank line it was applied with, or null while no line followed it",
                    required = true, nullable = true, type = SchemaType.STRING, format = "uuid") UUID bankLineId) {
    }

    RemittanceAdviceView withOutcome(int applied, int waiting) {
        return new RemittanceAdviceView(adviceId, legalEntity, importedBy, importedAt, rows, applied, waiting);
    }
}
