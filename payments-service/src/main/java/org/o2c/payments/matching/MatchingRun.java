package org.o2c.payments.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Decides a run of lines against what the ledger knew when the run began: each line's suggestions, taken against
 * what earlier lines of the run left open on their invoices, and whether it is applied. A line is applied when its
 * best suggestion scores at least the threshold, allocates to at least one invoice, no other suggestion comes within
 * {@value #MARGIN} points of it, and nothing holds it back (its value date in a closed period). Pure: {@link
 * CashMatching} carries the decisions out.
 */
final class MatchingRun {
    static final int MARGIN = 10;

    private final CashMatcher matcher;
    private final int threshold;
    private final MatchingRules rules;

    /** A line and what becomes of it; {@code heldBecause} says why a sure line is not applied, or is null. */
    record Decision(MatchingLine line, List<Suggestion> suggestions, boolean apply, String heldBecause) {
        Suggestion best() {
            return suggestions.get(0);
        }
    }

    MatchingRun(CashMatcher matcher, int threshold, MatchingRules rules) {
        this.matcher = matcher;
        this.threshold = threshold;
        this.rules = rules;
    }

    /** @param heldBecause why a line may not be applied now, or null when it may */
    List<Decision> decide(List<MatchingLine> lines, MatchingFacts facts,
                          Function<MatchingLine, String> heldBecause) {
        // each line's suggestions depend on the facts alone, so they are weighed on all cores at once; what earlier
        // lines of the run leave open is then taken into account line by line, in order
        List<List<Suggestion>> weighed = lines.parallelStream().map(line -> matcher.suggest(line, facts, rules))
                .toList();
        Map<UUID, BigDecimal> stillOpen = new HashMap<>();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            MatchingLine line = lines.get(i);
            List<Suggestion> suggestions = weighed.get(i).stream()
                    .map(s -> reallocated(s, line.amount(), stillOpen)).toList();
            String held = heldBecause.apply(line);
            boolean apply = held == null && isSure(suggestions);
            if (apply) {
                suggestions.get(0).allocations().forEach(a -> stillOpen.put(a.invoiceId(), a.openLeft()));
            }
            decisions.add(new Decision(line, suggestions, apply, held));
        }
        return decisions;
    }

    private boolean isSure(List<Suggestion> suggestions) {
        if (suggestions.isEmpty()) {
            return false;
        }
        Suggestion best = suggestions.get(0);
        return best.score() >= threshold && !best.allocations().isEmpty()
                && (suggestions.size() == 1 || best.score() - suggestions.get(1).score() >= MARGIN);
    }

    /**
     * The suggestion's allocations against what earlier lines of this run left open on its invoices. A discount,
     * write-off or deduction it proposed was weighed against the open amounts before: it is dropped, and the line
     * left for a clerk.
     */
    private static Suggestion reallocated(Suggestion suggestion, BigDecimal amount, Map<UUID, BigDecimal> stillOpen) {
        if (suggestion.allocations().stream().noneMatch(a -> stillOpen.containsKey(a.invoiceId()))) {
            return suggestion;
        }
        List<SuggestedAllocation> candidates = suggestion.allocations().stream()
                .map(a -> new SuggestedAllocation(a.invoiceId(), a.invoiceNumber(),
                        stillOpen.getOrDefault(a.invoiceId(), a.openAmount()), a.amount())).toList();
        List<SuggestedAllocation> allocations = SuggestedAllocation.inOrder(amount, candidates);
        List<String> reasons = new ArrayList<>(suggestion.reasons());
        candidates.stream().filter(a -> a.openAmount().signum() <= 0).forEach(a -> reasons.add("invoice "
                + a.invoiceNumber() + " was paid by an earlier line of this import"));
        boolean restDropped = suggestion.allocations().stream().anyMatch(a -> a.rest() != null);
        int score = allocations.size() < suggestion.allocations().size() || restDropped
                ? Math.min(suggestion.score(), 50) : suggestion.score();
        return new Suggestion(suggestion.customerId(), suggestion.customerName(), score, reasons, allocations,
                suggestion.remittanceAdvice());
    }
}
