package org.o2c.invoicing.customer;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Customer", description = "A customer account")
public record CustomerView(
        @Schema(description = "Customer id", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID id,
        @Schema(description = "Name on invoices", example = "Brauhaus Köhler GmbH") String name,
        @Schema(description = "Legal entity that bills this customer", example = "DE01") String legalEntity,
        @Schema(description = "Billing currency, ISO 4217", example = "EUR") String currency,
        @Schema(description = "Days from issue date to due date", example = "30") int paymentTermsNetDays,
        @Schema(description = "When the account was opened") Instant registeredAt) {
}
