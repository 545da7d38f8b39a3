package org.o2c.payments.account;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CustomerAccounts", description = "A customer's receivable accounts, one per currency")
public record CustomerAccountsView(
        @Schema(description = "Customer id", example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69") UUID customerId,
        @Schema(description = "Name; null until the customer's registration has arrived from invoicing",
                example = "Brauhaus Köhler GmbH", nullable = true) String name,
        @Schema(description = "Legal entity that bills the customer", example = "DE01") String legalEntity,
        @Schema(description = "Billing currency: payments are received in it", example = "EUR", nullable = true)
        String billingCurrency,
        @Schema(description = "One per currency the customer has been invoiced or paid in; empty before the first")
        List<CurrencyAccountView> accounts) {
}
