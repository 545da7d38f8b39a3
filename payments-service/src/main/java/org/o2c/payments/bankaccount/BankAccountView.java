package org.o2c.payments.bankaccount;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BankAccount", description = "One of our bank accounts; its number is shown masked")
public record BankAccountView(
        @Schema(required = true) UUID bankAccountId,
        @Schema(description = "Our legal entity that holds the account", required = true,
                example = "DE01") String legalEntity,
        @Schema(description = "What the account is called here", required = true,
                example = "Main account Commerzbank") String name,
        @Schema(description = "An IBAN's country and check digits and its last four characters, or a number's "
                + "last four", required = true, example = "DE89…3000") String maskedNumber,
        @Schema(description = "The bank's BIC, when given", nullable = true, example = "COBADEFFXXX") String bic,
        @Schema(description = "Currency the account is kept in, ISO 4217", required = true,
                example = "EUR") String currency,
        @Schema(description = "The ledger account that books this bank account's movements", required = true,
                example = "1200") String clearingAccount,
        @Schema(required = true) Instant registeredAt) {
}
