package org.o2c.launcher;

/** One aligned line of {@code ./o2c status}. */
final class Status {
    private Status() {
    }

    static String line(String part, String state, Long pid, Integer port, String readiness, String note) {
        return String.format("%-12s %-8s %-11s %-11s %-10s %s", part, state,
                pid == null ? "" : "pid " + pid, port == null ? "" : "port " + port, readiness,
                note == null ? "" : note).stripTrailing();
    }
}
