package org.o2c.payments.bankstatement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.payments.payment.AllocationRequest;

@Schema(name = "ApplyBankLine", description = """
        How a clerk applies a bank line: either confirm one of its suggestions (by its rank), or name the customer \
        and, optionally, the invoices and amounts; what the allocations leave of the line stays unapplied cash of \
        the customer.""")
public record ApplyBankLineRequest(
        @Schema(description = "Rank of the suggestion to confirm, from 1; leave out when naming a customer",
                example = "1", minimum = "1", maximum = "5", nullable = true)
        @Min(1) @Max(5) Integer suggestion,
        @Schema(description = "The customer the line pays; leave out when confirming a suggestion",
                example = "4f6c1a2e-8d0b-4c3e-9a57-1f2d3c4b5a69", nullable = true)
        UUID customerId,
        @Schema(description = "With customerId: invoices of that customer and what the line pays of each; an "
                + "empty list keeps the whole line as unapplied cash; left out, the line is spread over the "
                + "customer's open items by the legal entity's allocation order", nullable = true, maxItems = 100)
        @Size(max = 100) List<@Valid @NotNull AllocationRequest> allocations) {
}
