package org.o2c.reporting.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChartChangeRequest", description = """
        Accounts to post to from a date on. Roles not named keep their mapping. Entries already posted stay on the
        accounts they were posted to.""")
public record ChartChangeRequest(
        @Schema(description = "First day the new mapping is in force; not inside a closed period",
                example = "2027-01-01", required = true)
        @NotNull(message = "is required") LocalDate effectiveFrom,
        @Schema(description = "1 to 100 roles and their accounts", required = true)
        @NotEmpty(message = "name at least one account") @Size(max = 100)
        List<@NotNull(message = "is required") @Valid ChartAccountRequest> accounts) {
}
