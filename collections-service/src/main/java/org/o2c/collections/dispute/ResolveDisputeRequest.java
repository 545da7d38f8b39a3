package org.o2c.collections.dispute;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResolveDispute", description = "How a dispute ended")
public record ResolveDisputeRequest(
        @Schema(description = "Outcome", example = "CUSTOMER_WRONG", required = true) @NotNull DisputeResolution resolution,
        @Schema(description = "Why", example = "Delivery note signed without remarks", maxLength = 2000)
        @Size(max = 2000) String note) {
}
