package org.o2c.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code --name value} options of one run. Every option read is remembered with the value used, default or
 * given, so that the results file says exactly what was measured; an option nobody read is a typo and stops the run.
 */
final class Options {
    private final Map<String, String> given = new LinkedHashMap<>();
    private final Map<String, Object> used = new LinkedHashMap<>();

    Options(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (!name.startsWith("--")) {
                throw new IllegalArgumentException("expected an option --name value, found '" + name + "'");
            }
            String key = name.substring(2);
            boolean flag = i + 1 >= args.size() || args.get(i + 1).startsWith("--");
            given.put(key, flag ? "true" : args.get(++i));
        }
    }

    int integer(String name, int defaultValue) {
        int value = given.containsKey(name) ? Integer.parseInt(given.get(name).replace("_", "")) : defaultValue;
        used.put(name, value);
        return value;
    }

    Duration seconds(String name, long defaultSeconds) {
        long value = given.containsKey(name) ? Long.parseLong(given.get(name)) : defaultSeconds;
        used.put(name + " (s)", value);
        return Duration.ofSeconds(value);
    }

    boolean flag(String name, boolean defaultValue) {
        boolean value = given.containsKey(name) ? Boolean.parseBoolean(given.get(name)) : defaultValue;
        used.put(name, value);
        return value;
    }

    String text(String name, String defaultValue) {
        String value = given.getOrDefault(name, defaultValue);
        used.put(name, value);
        return value;
    }

    List<Integer> integers(String name, String defaultValue) {
        String value = given.getOrDefault(name, defaultValue);
        used.put(name, value);
        List<Integer> values = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(s -> values.add(Integer.parseInt(s)));
        return values;
    }

    /** The options of this run as used, for the results file. */
    Map<String, Object> used() {
        return used;
    }

    /** Call after the scenario has read its options: an option no one asked for is refused. */
    void requireAllKnown() {
        Set<String> unknown = new TreeSet<>(given.keySet());
        used.keySet().forEach(k -> unknown.remove(k.replace(" (s)", "")));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) for this scenario: --" + String.join(", --", unknown));
        }
    }
}
