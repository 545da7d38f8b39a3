package org.o2c.payments.account;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.paging.Page;

@Schema(name = "ReceivableAccount", description = "The customer's receivables in one currency")
public record CurrencyAccountView(
        @Schema(description = "Account id; the Kafka key of its events on o2c.payments.events",
                example = "2d8e4c6a-1b3f-3a5c-9e7d-4f6a8b0c2e1d") UUID accountId,
        @Schema(description = "ISO 4217", example = "EUR") String currency,
        @Schema(description = "Totals of the account") AccountTotalsView totals,
        @Schema(description = "One page (page, size of the request) of the items still open, oldest due date first")
        Page<OpenItemView> openItems,
        @Schema(description = "Payments with an unapplied amount, oldest value date first, at most 100")
        List<UnappliedPaymentView> unappliedPayments,
        @Schema(description = "How many payments have an unapplied amount; more than listed when over 100",
                example = "2") long unappliedPaymentCount) {
}
