package org.o2c.collections.dispute;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OpenDispute", description = "A customer disputes (part of) an invoice")
public record OpenDisputeRequest(
        @Schema(description = "An invoice the receivables ledger holds as an open item",
                example = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d", required = true)
        @NotNull UUID invoiceId,
        @Schema(description = "Why: 2 to 40 capital letters, digits or underscores", example = "DAMAGED_GOODS",
                pattern = "^[A-Z0-9_]{2,40}$", required = true)
        @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}",
                message = "must be 2 to 40 capital letters, digits or underscores")
        String reasonCode,
        @Schema(description = "Disputed amount: more than 0, at most the invoice's open amount", example = "120.00",
                type = SchemaType.STRING, required = true)
        @NotNull @Positive @Digits(integer = 15, fraction = 3) BigDecimal amount,
        @Schema(description = "What the customer said", example = "Two kegs arrived dented", maxLength = 2000)
        @Size(max = 2000) String note) {
}
