package org.o2c.reporting.aging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the order the dated changes of a balance arrive in, and however they are cut into polls, the listing
 * changes {@link DatedBalance} reports add up, on every day, to whether the balance is listed (not zero) at the end
 * of that day, as reckoned from all its changes dated up to then; and the listed days it keeps (stored and read
 * back as a PostgreSQL multirange between polls) hold exactly those days.
 */
class DatedBalanceProperties {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    record Change(int day, int open, int cash, boolean endsPoll) {
    }

    @Property(tries = 500)
    void listingChangesAddUpToTheListingOfEveryDay(@ForAll("histories") List<Change> changes) {
        TreeMap<LocalDate, BigDecimal[]> stored = new TreeMap<>();
        BigDecimal[] now = {BigDecimal.ZERO, BigDecimal.ZERO};
        LocalDate lastDay = null;
        String listedDays = "{}";
        Map<LocalDate, Integer> listing = new TreeMap<>();
        for (int from = 0; from < changes.size(); ) {
            int to = from;
            while (to < changes.size() - 1 && !changes.get(to).endsPoll()) {
                to++;
            }
            List<Change> poll = changes.subList(from, to + 1);
            // as the projection does per poll: the balance as stored, and its history when a change is back-dated
            DatedBalance balance = new DatedBalance(lastDay, now);
            balance.keep(ListedDays.parse(listedDays));
            LocalDate since = DatedBalance.historyNeeded(lastDay, poll.stream().map(c -> day(c.day())).toList());
            if (since != null) {
                balance.historyFrom(since);
                stored.tailMap(since, true).forEach(balance::loaded);
            }
            for (Change change : poll) {
                BigDecimal[] delta = {BigDecimal.valueOf(change.open()), BigDecimal.valueOf(change.cash())};
                balance.change(day(change.day()), delta)
                        .forEach((day, moved) -> listing.merge(day, moved, Integer::sum));
                BigDecimal[] onDay = stored.computeIfAbsent(day(change.day()),
                        d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                onDay[0] = onDay[0].add(delta[0]);
                onDay[1] = onDay[1].add(delta[1]);
            }
            now = balance.now();
            lastDay = balance.lastDay();
            listedDays = balance.listedDays().format();
            from = to + 1;
        }
        BigDecimal open = BigDecimal.ZERO;
        BigDecimal cash = BigDecimal.ZERO;
        int listedCount = 0;
        for (int d = 0; d <= 40; d++) {
            BigDecimal[] onDay = stored.get(day(d));
            if (onDay != null) {
                open = open.add(onDay[0]);
                cash = cash.add(onDay[1]);
            }
            listedCount += listing.getOrDefault(day(d), 0);
            boolean listed = open.signum() != 0 || cash.signum() != 0;
            assertThat(listedCount).as("listed at the end of day " + d).isEqualTo(listed ? 1 : 0);
            assertThat(ListedDays.parse(listedDays).contains(day(d))).as("listed days " + listedDays + ", day " + d)
                    .isEqualTo(listed);
        }
    }

    @Provide
    Arbitrary<List<Change>> histories() {
        Arbitrary<Change> change = Combinators.combine(Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(-2, 2), Arbitraries.integers().between(-1, 1),
                Arbitraries.of(true, false)).as(Change::new);
        return change.list().ofMinSize(1).ofMaxSize(25);
    }

    private static LocalDate day(int offset) {
        return START.plusDays(offset);
    }
}
