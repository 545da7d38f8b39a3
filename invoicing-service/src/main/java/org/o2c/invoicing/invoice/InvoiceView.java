package org.o2c.invoicing.invoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.invoicing.settlement.SettlementState;

@Schema(name = "Invoice", description = "An issued invoice")
public record InvoiceView(
        @Schema(description = "Invoice id", example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d") UUID id,
        @Schema(description = "Gapless number per legal entity and year", example = "INV-2026-000042")
        String invoiceNumber,
        @Schema(description = "The billed customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Issuing legal entity", example = "DE01") String legalEntity,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Issue date", example = "2026-11-02") LocalDate issueDate,
        @Schema(description = "Issue date plus the customer's payment terms", example = "2026-12-02") LocalDate dueDate,
        @Schema(description = "Lines in order") List<InvoiceLineView> lines,
        @Schema(description = "Tax per rate") List<TaxSubtotalView> taxSubtotals,
        @Schema(description = "Sum of line net amounts", example = "478.00", type = SchemaType.STRING) BigDecimal netAmount,
        @Schema(description = "Sum of tax subtotals", example = "90.82", type = SchemaType.STRING) BigDecimal taxAmount,
        @Schema(description = "What the customer owes: net + tax", example = "568.82", type = SchemaType.STRING)
        BigDecimal grossAmount,
        @Schema(description = "When it was issued") Instant issuedAt,
        @Schema(description = "Credit notes issued on it, oldest first") List<InvoiceCreditNoteView> creditNotes,
        @Schema(description = "Gross of the credit notes issued on it", example = "142.20", type = SchemaType.STRING)
        BigDecimal creditedAmount,
        @Schema(description = "grossAmount - creditedAmount: the most a further credit note may credit",
                example = "426.62", type = SchemaType.STRING)
        BigDecimal creditableAmount,
        @Schema(description = """
                What the customer still owes on it as last reported by the payments service; null until the \
                payments service has recorded the invoice as an open item""", example = "226.62",
                type = SchemaType.STRING, nullable = true)
        BigDecimal openAmount,
        @Schema(description = "How far it is settled, as learned from the payments service")
        SettlementState settlementState,
        @Schema(description = "The early-payment discount it offers; null: none", nullable = true)
        EarlyPaymentDiscountView earlyPaymentDiscount) {

    @Schema(name = "EarlyPaymentDiscount", description = """
            The early-payment discount an invoice offers: the customer may pay amount less when the payment's value \
            date is on or before payBy. The amount is fixed at issue: per tax rate, the percent of the taxable amount \
            and of the tax, each rounded to the currency, added up.""")
    public record EarlyPaymentDiscountView(
            @Schema(description = "Percent of the gross amount", example = "2.00", type = SchemaType.STRING,
                    required = true) BigDecimal percent,
            @Schema(description = "The last value date that earns it", example = "2026-11-12", required = true)
            LocalDate payBy,
            @Schema(description = "What the customer may pay less", example = "11.38", type = SchemaType.STRING,
                    required = true) BigDecimal amount) {
    }
}
