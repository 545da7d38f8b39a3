package org.o2c.invoicing.creditnote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.invoicing.invoice.Invoice;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "IssueCreditNote", description = """
        A credit note to issue against an invoice: either lines (credit by line) or amount (credit by amount), \
        never both. Number and amounts are computed.""")
public record IssueCreditNoteRequest(
        @Schema(description = "Why the customer is credited", example = "2 kegs returned damaged", maxLength = 500,
                required = true)
        @NotBlank @Size(max = 500) String reason,
        @Schema(description = """
                Issue date, not before the invoice's; today when left out. The number's year follows from it""",
                example = "2026-11-20")
        @BusinessDate LocalDate issueDate,
        @Schema(description = """
                Credit by line: invoice lines and quantities. Amounts are computed as on the invoice (quantity x \
                unit price, tax per rate with the legal entity's rounding)""")
        @Size(max = Invoice.MAX_LINES) List<@NotNull @Valid CreditedLineRequest> lines,
        @Schema(description = """
                Credit by amount: the gross amount to credit, in whole minor units, split over the invoice's tax \
                rates in proportion to what is still creditable at each""", example = "119.00",
                type = SchemaType.STRING)
        @Positive @Digits(integer = 15, fraction = 3) BigDecimal amount) {
}
