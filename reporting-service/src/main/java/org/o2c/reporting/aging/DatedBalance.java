package org.o2c.reporting.aging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One balance the aging keeps running (an item's open amount; a customer's open items, unapplied cash and credit
 * balance in one currency) as it is now, with the day of its latest change and, when needed, its changes by day
 * from some day on. The aging lists a balance on the days it is not zero; {@link #change} tells how a new dated
 * change moves those days, so that the count of listed balances can be kept as dated changes too.
 *
 * The days it is listed can be kept too ({@link ListedDays}), for a report of a past day to find who is listed.
 *
 * <p>A change dated on or after the latest day only moves the end of the story: listed from its day or no longer.
 * A change dated before the latest day moves every later day by its amount, which can list or unlist the balance on
 * each of them; for that the changes from its day on must have been loaded ({@link #historyFrom}).
 */
final class DatedBalance {
    private final BigDecimal[] now;
    private LocalDate lastDay;
    private LocalDate historyFrom;
    private final NavigableMap<LocalDate, BigDecimal[]> history = new TreeMap<>();
    private ListedDays listedDays;

    DatedBalance(LocalDate lastDay, BigDecimal... now) {
        this.now = now.clone();
        this.lastDay = lastDay;
    }

    /**
     * The first day whose changes must be loaded before these changes (dated {@code days}, in the order they are
     * applied) can be: the earliest of them when one is dated before the latest change so far, else null.
     */
    static LocalDate historyNeeded(LocalDate lastDay, List<LocalDate> days) {
        LocalDate latest = lastDay;
        boolean backDated = false;
        for (LocalDate day : days) {
            backDated |= latest != null && day.isBefore(latest);
            latest = latest == null || day.isAfter(latest) ? day : latest;
        }
        return backDated ? days.stream().min(LocalDate::compareTo).orElseThrow() : null;
    }

    /** Keeps these listed days up to date with every change from now on. */
    void keep(ListedDays days) {
        listedDays = days;
    }

    ListedDays listedDays() {
        return listedDays;
    }

    /** Starts the loaded history at {@code from} (the changes of later days are added with {@link #loaded}). */
    void historyFrom(LocalDate from) {
        historyFrom = from;
    }

    /** Adds a stored change of a day on or after {@link #historyFrom}. */
    void loaded(LocalDate day, BigDecimal... delta) {
        add(history.computeIfAbsent(day, d -> zero()), delta);
    }

    BigDecimal[] now() {
        return now.clone();
    }

    LocalDate lastDay() {
        return lastDay;
    }

    /**
     * Applies a change dated {@code day} and returns, by day, how the balance's listing changed: +1 where it is
     * now listed from that day and was not, -1 the reverse (days whose listing did not change are left out).
     */
    Map<LocalDate, Integer> change(LocalDate day, BigDecimal... delta) {
        Map<LocalDate, Integer> listing = new TreeMap<>();
        if (lastDay == null || !day.isBefore(lastDay)) {
            BigDecimal[] after = now.clone();
            add(after, delta);
            int moved = flag(listed(after)) - flag(listed(now));
            if (moved != 0) {
                listing.put(day, moved);
            }
            lastDay = day;
            if (listedDays != null) {
                listedDays.cutFrom(day);
                if (listed(after)) {
                    listedDays.add(day, null);
                }
            }
        } else {
            if (historyFrom == null || day.isBefore(historyFrom)) {
                throw new IllegalStateException("the changes from " + day + " on were not loaded");
            }
            // the balance at the end of each day from `day` on, walking back from now
            List<LocalDate> days = new ArrayList<>(history.tailMap(day, true).keySet());
            if (!days.contains(day)) {
                days.add(0, day);
            }
            BigDecimal[][] endOf = new BigDecimal[days.size()][];
            BigDecimal[] value = now.clone();
            for (int k = days.size() - 1; k >= 0; k--) {
                endOf[k] = value.clone();
                BigDecimal[] changed = history.get(days.get(k));
                if (changed != null) {
                    subtract(value, changed);
                }
            }
            boolean before = listed(value); // the end of the day before `day`: unchanged
            boolean wasListed = before;
            boolean isListed = before;
            for (int k = 0; k < days.size(); k++) {
                BigDecimal[] moved = endOf[k].clone();
                add(moved, delta);
                boolean was = listed(endOf[k]);
                boolean is = listed(moved);
                int difference = (flag(is) - flag(isListed)) - (flag(was) - flag(wasListed));
                if (difference != 0) {
                    listing.put(days.get(k), difference);
                }
                wasListed = was;
                isListed = is;
            }
            if (listedDays != null) {
                listedDays.cutFrom(day);
                for (int k = 0; k < days.size(); k++) {
                    BigDecimal[] moved = endOf[k].clone();
                    add(moved, delta);
                    if (listed(moved)) {
                        listedDays.add(days.get(k), k + 1 < days.size() ? days.get(k + 1) : null);
                    }
                }
            }
        }
        add(now, delta);
        if (historyFrom != null && !day.isBefore(historyFrom)) {
            loaded(day, delta);
        }
        return listing;
    }

    private BigDecimal[] zero() {
        BigDecimal[] zero = new BigDecimal[now.length];
        Arrays.fill(zero, BigDecimal.ZERO);
        return zero;
    }

    private static boolean listed(BigDecimal[] value) {
        return Arrays.stream(value).anyMatch(v -> v.signum() != 0);
    }

    private static int flag(boolean listed) {
        return listed ? 1 : 0;
    }

    private static void add(BigDecimal[] to, BigDecimal[] delta) {
        for (int i = 0; i < to.length; i++) {
            to[i] = to[i].add(delta[i]);
        }
    }

    private static void subtract(BigDecimal[] from, BigDecimal[] delta) {
        for (int i = 0; i < from.length; i++) {
            from[i] = from[i].subtract(delta[i]);
        }
    }
}
