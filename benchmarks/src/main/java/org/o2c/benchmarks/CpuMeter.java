package org.o2c.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Where the machine's CPU time goes, from /proc: per service process, the Kafka broker, all PostgreSQL processes
 * together, the benchmark itself, and everything else (the machine's total minus those). Read before and after a
 * step; the difference, divided by the step's wall time, is how many of the machine's cores each part used. CPU time
 * of a PostgreSQL backend that ended during the step is not seen, so PostgreSQL can be undercounted, never negative.
 */
final class CpuMeter {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on Linux for x86_64 and arm64
    private static final String POSTGRES = "postgresql#";

    private final Map<String, Long> pids = new LinkedHashMap<>();

    CpuMeter(Stack stack, Map<String, Long> extraProcesses) {
        for (String service : Stack.SERVICES) {
            stack.pid(service).ifPresent(pid -> pids.put(service, pid));
        }
        stack.pid("kafka").ifPresent(pid -> pids.put("kafka", pid));
        pids.putAll(extraProcesses);
        pids.put("load generator", ProcessHandle.current().pid());
    }

    /**
     * CPU seconds used so far: per part, per PostgreSQL process ({@code postgresql#<pid>}: backends come and go, so
     * they are compared one by one) and the machine's busy time ({@code machine}).
     */
    Map<String, Double> read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : pids.entrySet()) {
            seconds.put(entry.getKey(), ticks(entry.getValue()).orElse(0) / TICKS_PER_SECOND);
        }
        postgresTicks().forEach((pid, ticks) -> seconds.put(POSTGRES + pid, ticks / TICKS_PER_SECOND));
        seconds.put("machine", machineBusyTicks() / TICKS_PER_SECOND);
        return seconds;
    }

    /**
     * Cores used per part between two readings over the wall time between them, with PostgreSQL's processes summed
     * ("postgresql"; a backend that ended in between is left out rather than counted negative) and "other" for the
     * rest of the machine.
     */
    static Map<String, Double> cores(Map<String, Double> before, Map<String, Double> after, double wallSeconds) {
        Map<String, Double> cores = new LinkedHashMap<>();
        double postgres = 0;
        double known = 0;
        for (Map.Entry<String, Double> entry : after.entrySet()) {
            String part = entry.getKey();
            double used = (entry.getValue() - before.getOrDefault(part, 0.0)) / wallSeconds;
            if (part.equals("machine")) {
                continue;
            }
            if (part.startsWith(POSTGRES)) {
                postgres += used;
            } else {
                cores.put(part, used);
            }
            known += used;
        }
        double machine = (after.getOrDefault("machine", 0.0) - before.getOrDefault("machine", 0.0)) / wallSeconds;
        cores.put("postgresql", postgres);
        cores.put("other", machine - known);
        cores.put("machine", machine);
        return cores;
    }

    private static OptionalLong ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name may hold spaces; the fields after its closing parenthesis are fixed
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name
            return OptionalLong.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static Map<Long, Long> postgresTicks() {
        Map<Long, Long> ticks = new LinkedHashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                String name = process.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    if (Files.readString(process.resolve("comm")).trim().startsWith("postgres")) {
                        long pid = Long.parseLong(name);
                        ticks(pid).ifPresent(t -> ticks.put(pid, t));
                    }
                } catch (IOException e) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    private static long machineBusyTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                busy += Long.parseLong(f[i]);
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
