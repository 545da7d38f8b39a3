package org.o2c.credit.profile;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PendingLimitChange", description = """
        A raise above the legal entity's approval threshold, not in force until a credit manager other than the
        requester approves it""")
public record PendingLimitChangeView(
        @Schema(description = "The limit that would apply once approved", example = "250000.00",
                type = SchemaType.STRING) BigDecimal requestedLimit,
        @Schema(description = "The credit manager who asked for it; they cannot approve it", example = "carl.credit")
        String requestedBy,
        @Schema(description = "When it was asked for", example = "2026-11-22T09:15:00Z") Instant requestedAt) {
}
