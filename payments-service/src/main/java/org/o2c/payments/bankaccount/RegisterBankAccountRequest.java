package org.o2c.payments.bankaccount;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.runtime.money.CurrencyCode;

@Schema(name = "RegisterBankAccount", description = "One of our bank accounts, to read its statements")
public record RegisterBankAccountRequest(
        @Schema(description = "Our legal entity that holds the account", example = "DE01",
                pattern = "^[A-Z0-9]{2,10}$", required = true)
        @NotBlank @Pattern(regexp = "[A-Z0-9]{2,10}", message = "must be 2 to 10 capital letters or digits")
        String legalEntity,
        @Schema(description = "What the account is called here", example = "Main account Commerzbank", maxLength = 200,
                required = true)
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "The IBAN (its check digits are verified) or the bank's own account number, as the "
                + "bank's statements name it; spaces are ignored", example = "DE89 3704 0044 0532 0130 00",
                maxLength = 50, required = true)
        @NotBlank @Size(max = 50) String accountNumber,
        @Schema(description = "The bank's BIC (8 or 11 characters)", example = "COBADEFFXXX", maxLength = 11,
                nullable = true)
        @Size(max = 11) String bic,
        @Schema(description = "Currency the account is kept in, ISO 4217", example = "EUR", required = true)
        @NotNull @CurrencyCode String currency,
        @Schema(description = "The ledger account that books this bank account's movements", example = "1200",
                pattern = "^[0-9]{3,10}$", required = true)
        @NotBlank @Pattern(regexp = "[0-9]{3,10}", message = "must be 3 to 10 digits") String clearingAccount) {
}
