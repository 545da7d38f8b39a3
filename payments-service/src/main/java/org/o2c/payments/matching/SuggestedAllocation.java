package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.o2c.payments.receivable.RestOfItem;

@Schema(name = "SuggestedAllocation", description = "Part of a bank line to apply to one open invoice")
public record SuggestedAllocation(
        @Schema(required = true) UUID invoiceId,
        @Schema(description = "The invoice's number", required = true,
                example = "INV-2026-000012") String invoiceNumber,
        @Schema(type = SchemaType.STRING, description = "Open on the invoice when the line was matched",
                required = true, example = "568.82")
        BigDecimal openAmount,
        @Schema(type = SchemaType.STRING, description = "What the line would pay of it", required = true,
                example = "557.44")
        BigDecimal amount,
        @Schema(description = "How what the line leaves open on the invoice would be settled; null: it stays open",
                required = true, nullable = true)
        Rest rest) {

    public SuggestedAllocation(UUID invoiceId, String invoiceNumber, BigDecimal openAmount, BigDecimal amount) {
        this(invoiceId, invoiceNumber, openAmount, amount, null);
    }

    @Schema(name = "RestOfInvoice", description = """
            What a payment leaves open on an invoice it pays, and how it is settled: DISCOUNT (the early-payment \
            discount the invoice offers, granted), WRITE_OFF (a short payment within the legal entity's write-off \
            tolerance, written off) or DEDUCTION (a larger short payment: the rest stays open and a deduction is \
            raised for collections)""")
    public record Rest(
            @Schema(description = "How it is settled", required = true, example = "DISCOUNT") RestOfItem.How how,
            @Schema(description = "What the line leaves open on the invoice", type = SchemaType.STRING,
                    required = true, example = "11.38") BigDecimal amount,
            @Schema(description = "Why, in words", required = true,
                    example = "early-payment discount of 11.38 (2 % paid by 2026-11-12)") String reason) {
    }

    /** What stays open on the invoice after it: nothing when a discount or write-off settles the rest. */
    BigDecimal openLeft() {
        return rest != null && rest.how() != RestOfItem.How.DEDUCTION ? BigDecimal.ZERO : openAmount.subtract(amount);
    }

    /** The same allocation with its rest settled so. */
    SuggestedAllocation settled(Rest settled) {
        return new SuggestedAllocation(invoiceId, invoiceNumber, openAmount, amount, settled);
    }

    /**
     * What {@code amount} pays of these invoices taken in their order, each up to its open amount (the candidates'
     * own {@code amount} and rest are not read); invoices it does not reach, or with nothing open, are left out.
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
