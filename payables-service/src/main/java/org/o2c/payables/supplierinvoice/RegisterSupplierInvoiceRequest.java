package org.o2c.payables.supplierinvoice;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.money.CurrencyCode;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "RegisterSupplierInvoice", description = """
        A supplier's invoice to register as a payable. Amounts are taken as the supplier stated them and checked:
        gross must equal net + tax, in the supplier's currency with at most its number of decimals.""")
public record RegisterSupplierInvoiceRequest(
        @Schema(description = "A registered supplier", example = "7a3e5c1d-9b2f-4e6a-8c0d-1f2e3d4c5b6a", required = true)
        @NotNull UUID supplierId,
        @Schema(description = """
                The supplier's own invoice number; unique per supplier, compared ignoring case and whitespace""",
                example = "RE-2026-0815", maxLength = SupplierInvoice.MAX_NUMBER_LENGTH, required = true)
        @NotBlank @Size(max = SupplierInvoice.MAX_NUMBER_LENGTH) String supplierInvoiceNumber,
        @Schema(description = "The supplier's invoice date", example = "2026-11-02", required = true)
        @NotNull @BusinessDate LocalDate invoiceDate,
        @Schema(description = "When it must be paid; the invoice date plus the supplier's payment terms when left out",
                example = "2026-12-02")
        @BusinessDate LocalDate dueDate,
        @Schema(description = "ISO 4217; must be the supplier's currency", example = "EUR", required = true)
        @NotNull @CurrencyCode String currency,
        @Schema(description = "Net amount, not negative", example = "1000.00", type = SchemaType.STRING, required = true)
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 3) BigDecimal netAmount,
        @Schema(description = "Tax amount, not negative", example = "190.00", type = SchemaType.STRING, required = true)
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 3) BigDecimal taxAmount,
        @Schema(description = "Gross amount: must equal net + tax", example = "1190.00", type = SchemaType.STRING,
                required = true)
        @NotNull @Positive @Digits(integer = 15, fraction = 3) BigDecimal grossAmount) {
}
