package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuggestedAllocation", description = "Part of a bank line to apply to one open invoice")
public record SuggestedAllocation(
        @Schema(required = true) UUID invoiceId,
        @Schema(description = "The invoice's number", required = true,
                example = "INV-2026-000012") String invoiceNumber,
        @Schema(type = SchemaType.STRING, description = "Open on the invoice when the line was matched",
                required = true, example = "568.82")
        BigDecimal openAmount,
        @Schema(type = SchemaType.STRING, description = "What the line would pay of it", required = true,
                example = "568.82")
        BigDecimal amount) {

    /**
     * What {@code amount} pays of these invoices taken in their order, each up to its open amount (the candidates'
     * own {@code amount} is not read); invoices it does not reach, or with nothing open, are left out.
     */
    public static List<SuggestedAllocation> inOrder(BigDecimal amount, List<SuggestedAllocation> candidates) {
        List<SuggestedAllocation> allocations = new ArrayList<>();
        BigDecimal left = amount;
        for (SuggestedAllocation candidate : candidates) {
            BigDecimal share = left.min(candidate.openAmount());
            if (share.signum() > 0) {
                allocations.add(new SuggestedAllocation(candidate.invoiceId(), candidate.invoiceNumber(),
                        candidate.openAmount(), share));
                left = left.subtract(share);
            }
        }
        return allocations;
    }

    /** An open item as a candidate of {@link #inOrder}. */
    static SuggestedAllocation of(OpenItemRow item) {
        return new SuggestedAllocation(item.invoiceId(), item.invoiceNumber(), item.openAmount(), item.openAmount());
    }
}
