package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How a payment that does not say which invoices it pays is spread over the customer's open items (a legal entity's
 * setting); a remittance's own instructions always come first. What is left after every item is paid stays
 * unapplied cash.
 */
public enum AllocationOrder {
    /** The item due first is paid first (the default). */
    OLDEST_DUE_FIRST,
    /** The invoice issued first is paid first, whatever its terms. */
    OLDEST_ISSUED_FIRST,
    /**
     * Every item gets the same share of its open amount, rounded down to the cent; the cents left over go to the
     * items due first.
     */
    PROPORTIONAL;

    private static final Comparator<OpenItemRow> BY_DUE = Comparator.comparing(OpenItemRow::dueDate)
            .thenComparing(OpenItemRow::invoiceNumber);
    private static final Comparator<OpenItemRow> BY_ISSUE = Comparator.comparing(OpenItemRow::issueDate)
            .thenComparing(OpenItemRow::invoiceNumber);

    /** The allocations of {@code amount} to these open items; together at most the amount and their open total. */
    public List<SuggestedAllocation> allocate(BigDecimal amount, List<OpenItemRow> items) {
        List<OpenItemRow> ordered = items.stream().filter(i -> i.openAmount().signum() > 0)
                .sorted(this == OLDEST_ISSUED_FIRST ? BY_ISSUE : BY_DUE).toList();
        BigDecimal open = ordered.stream().map(OpenItemRow::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (this != PROPORTIONAL || amount.compareTo(open) >= 0) {
            return inOrder(amount, ordered);
        }
        int scale = amount.scale();
        List<BigDecimal> shares = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (OpenItemRow item : ordered) {
            BigDecimal share = item.openAmount().multiply(amount).divide(open, scale, RoundingMode.DOWN);
            shares.add(share);
            given = given.add(share);
        }
        BigDecimal cent = BigDecimal.ONE.movePointLeft(scale);
        for (int i = 0; given.compareTo(amount) < 0; i = (i + 1) % shares.size()) {
            if (shares.get(i).compareTo(ordered.get(i).openAmount()) < 0) {
                shares.set(i, shares.get(i).add(cent));
                given = given.add(cent);
            }
        }
        List<SuggestedAllocation> allocations = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (shares.get(i).signum() > 0) {
                OpenItemRow item = ordered.get(i);
                allocations.add(new SuggestedAllocation(item.invoiceId(), item.invoiceNumber(), item.openAmount(),
                        shares.get(i)));
            }
        }
        return allocations;
    }

    private static List<SuggestedAllocation> inOrder(BigDecimal amount, List<OpenItemRow> ordered) {
        return SuggestedAllocation.inOrder(amount, ordered.stream().map(SuggestedAllocation::of).toList());
    }
}
