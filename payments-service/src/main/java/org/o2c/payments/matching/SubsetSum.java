package org.o2c.payments.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of a customer's open amounts a payment pays together: combinations of 2 to {@value #MAX_ITEMS} items that
 * add up to the payment exactly, searched in the order given (oldest due first) with a bound on the work, so that a
 * customer with hundreds of open items costs the same as one with twenty.
 */
final class SubsetSum {
    static final int MAX_ITEMS = 5;
    static final int MAX_CANDIDATES = 40;
    private static final int MAX_STEPS = 50_000;

    /** Indexes into the amounts (in minor units) of at most two combinations found: more than one is ambiguous. */
    static List<List<Integer>> combinations(long[] amounts, long target) {
        List<List<Integer>> found = new ArrayList<>();
        int n = Math.min(amounts.length, MAX_CANDIDATES);
        new Search(amounts, n, target, found).run(0, 0, new ArrayList<>());
        return found;
    }

    private static final class Search {
        private final long[] amounts;
        private final int n;
        private final long target;
        private final List<List<Integer>> found;
        private int steps;

        Search(long[] amounts, int n, long target, List<List<Integer>> found) {
            this.amounts = amounts;
            this.n = n;
            this.target = target;
            this.found = found;
        }

        void run(int from, long sum, List<Integer> chosen) {
            if (found.size() >= 2 || ++steps > MAX_STEPS) {
                return;
            }
            if (sum == target && chosen.size() >= 2) {
                found.add(List.copyOf(chosen));
                return;
            }
            if (chosen.size() == MAX_ITEMS || sum >= target) {
                return;
            }
            for (int i = from; i < n; i++) {
                if (amounts[i] <= 0 || sum + amounts[i] > target) {
                    continue;
                }
                chosen.add(i);
                run(i + 1, sum + amounts[i], chosen);
                chosen.remove(chosen.size() - 1);
            }
        }
    }
}
