package org.o2c.invoicing.invoice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.money.CurrencyCode;
import org.o2c.runtime.time.BusinessDate;

@Schema(name = "IssueInvoice", description = "An invoice to issue. Number, due date and amounts are computed.")
public record IssueInvoiceRequest(
        @Schema(description = "A registered customer", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69", required = true)
        @NotNull UUID customerId,
        @Schema(description = "Issue date; the number's year and the due date follow from it", example = "2026-11-02",
                required = true)
        @NotNull @BusinessDate LocalDate issueDate,
        @Schema(description = "ISO 4217; must be the customer's billing currency, which is used when left out",
                example = "EUR")
        @CurrencyCode String currency,
        @Schema(description = "1 to 1000 lines", required = true)
        @NotEmpty @Size(max = Invoice.MAX_LINES) List<@NotNull @Valid InvoiceLineRequest> lines,
        @Schema(description = "An early-payment discount the invoice offers; left out: none", nullable = true)
        @Valid DiscountTermsRequest earlyPaymentDiscount) {
}
