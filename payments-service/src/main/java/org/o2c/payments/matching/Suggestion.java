package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MatchSuggestion", description = """
        A customer (and its invoices) a bank line could be paying, with the matching's confidence from 0 to 100 and \
        its reasons. What the allocations leave of the line stays unapplied cash of the customer.""")
public record Suggestion(
        @Schema(required = true) UUID customerId,
        @Schema(description = "The customer's name", required = true, nullable = true,
                example = "Brauhaus Sonnenberg GmbH") String customerName,
        @Schema(description = "Confidence from 0 to 100", required = true, minimum = "0", maximum = "100",
                example = "92") int score,
        @Schema(description = "Why, in words", required = true,
                example = "[\"invoice number INV-2026-000012 in the remittance text\", "
                + "\"the amount 568.82 equals its open amount\"]") List<String> reasons,
        @Schema(description = "The invoices and what the line would pay of each; empty: unapplied cash of the"
                + " customer", required = true) List<SuggestedAllocation> allocations,
        @Schema(description = "The remittance advice the suggestion follows, or null", required = true,
                nullable = true) AdviceReference remittanceAdvice) {

    @Schema(name = "RemittanceAdviceReference", description = "The advice rows of one payment reference")
    public record AdviceReference(
            @Schema(description = "The remittance advice", required = true) UUID adviceId,
            @Schema(description = "The payment reference its rows name, as written", required = true,
                    example = "PAY-2026-1101") String paymentReference) {
    }

    public Suggestion {
        reasons = List.copyOf(reasons);
        allocations = List.copyOf(allocations);
    }

    public Suggestion(UUID customerId, String customerName, int score, List<String> reasons,
                      List<SuggestedAllocation> allocations) {
        this(customerId, customerName, score, reasons, allocations, null);
    }

    public BigDecimal allocated() {
        return allocations.stream().map(SuggestedAllocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
