package org.o2c.reporting.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChartAccountRequest", description = "One role's account")
public record ChartAccountRequest(
        @Schema(description = "What the account does in the posting rules", example = "REVENUE", required = true)
        @NotNull(message = "is required") AccountRole role,
        @Schema(description = """
                For REVENUE and OUTPUT_VAT a tax rate in percent (up to two decimals) to map that rate apart; for
                BANK_CLEARING a bank account; left out: the role as a whole. Other roles take none.""",
                example = "19", nullable = true)
        @Size(min = 1, max = 34) @Pattern(regexp = "[A-Za-z0-9.]+", message = "letters, digits and dots only")
        String qualifier,
        @Schema(description = "Account number", example = "8400", required = true)
        @NotNull(message = "is required") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.-]{0,19}",
                message = "1 to 20 letters, digits, dots or hyphens") String account,
        @Schema(description = "Account name", example = "Revenue 19%", required = true)
        @NotBlank(message = "is required") @Size(max = 100) String name) {
}
