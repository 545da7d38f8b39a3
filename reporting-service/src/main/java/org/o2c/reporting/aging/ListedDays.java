package org.o2c.reporting.aging;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days a balance is listed in the aging, as ranges of days (first day included, end excluded, open end null),
 * read from and written to a PostgreSQL {@code datemultirange} such as {@code {[2026-06-18,2026-07-02),[2026-08-01,)}}.
 * A report of a past day finds the customers listed on it by {@code listed_on @> day}.
 */
final class ListedDays {
    private final TreeMap<LocalDate, LocalDate> ranges = new TreeMap<>();

    static ListedDays parse(String multirange) {
        ListedDays days = new ListedDays();
        if (multirange == null) {
            return days;
        }
        String body = multirange.trim();
        body = body.substring(1, body.length() - 1); // without the braces
        for (String range : body.split("\\)")) {
            String bounds = range.replace(",[", "").replace("[", "").trim();
            if (bounds.isEmpty()) {
                continue;
            }
            String[] ends = bounds.split(",", -1);
            days.ranges.put(LocalDate.parse(ends[0]), ends[1].isEmpty() ? null : LocalDate.parse(ends[1]));
        }
        return days;
    }

    /** Forgets the days from {@code day} on: listed up to the day before, as before. */
    void cutFrom(LocalDate day) {
        ranges.tailMap(day, true).clear();
        Map.Entry<LocalDate, LocalDate> last = ranges.lastEntry();
        if (last != null && (last.getValue() == null || last.getValue().isAfter(day))) {
            ranges.put(last.getKey(), day);
        }
    }

    /** Adds the days from {@code from} until {@code until} (excluded; null: from then on), joining touching ranges. */
    void add(LocalDate from, LocalDate until) {
        LocalDate start = from;
        LocalDate end = until;
        Map.Entry<LocalDate, LocalDate> before = ranges.floorEntry(start);
        if (before != null && (before.getValue() == null || !before.getValue().isBefore(start))) {
            start = before.getKey();
            end = later(end, before.getValue());
        }
        Iterator<Map.Entry<LocalDate, LocalDate>> after = ranges.tailMap(start, true).entrySet().iterator();
        while (after.hasNext()) {
            Map.Entry<LocalDate, LocalDate> next = after.next();
            if (end != null && next.getKey().isAfter(end)) {
                break;
            }
            end = later(end, next.getValue());
            after.remove();
        }
        ranges.put(start, end);
    }

    boolean contains(LocalDate day) {
        Map.Entry<LocalDate, LocalDate> range = ranges.floorEntry(day);
        return range != null && (range.getValue() == null || range.getValue().isAfter(day));
    }

    /** As a PostgreSQL datemultirange literal. */
    String format() {
        StringBuilder text = new StringBuilder("{");
        ranges.forEach((from, until) -> text.append(text.length() > 1 ? "," : "").append('[').append(from)
                .append(',').append(until == null ? "" : until.toString()).append(')'));
        return text.append('}').toString();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b == null ? null : a.isAfter(b) ? a : b;
    }
}
