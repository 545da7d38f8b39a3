package org.o2c.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder recording of one service process, started and stopped with {@code jcmd} so that the
 * service runs exactly as the stack started it; then the CPU samples of a chosen time window, summed up three
 * ways: by component (the library of the innermost frame that is not the JDK), by method (self time) and by
 * platform or Axon method on the stack (inclusive time).
 */
final class Profiler {
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("org.postgresql.", "PostgreSQL JDBC driver");
        COMPONENTS.put("io.agroal.", "Agroal connection pool");
        COMPONENTS.put("com.arjuna.", "Narayana JTA");
        COMPONENTS.put("io.quarkus.narayana.", "Narayana JTA");
        COMPONENTS.put("org.axonframework.", "Axon Framework");
        COMPONENTS.put("com.fasterxml.jackson.", "Jackson JSON");
        COMPONENTS.put("org.apache.kafka.", "Kafka client");
        COMPONENTS.put("io.smallrye.jwt.", "JWT verification");
        COMPONENTS.put("org.jose4j.", "JWT verification");
        COMPONENTS.put("org.hibernate.validator.", "Bean Validation");
        COMPONENTS.put("org.jboss.resteasy.", "RESTEasy");
        COMPONENTS.put("io.quarkus.resteasy.", "RESTEasy");
        COMPONENTS.put("io.vertx.", "Vert.x / Netty HTTP");
        COMPONENTS.put("io.netty.", "Vert.x / Netty HTTP");
        COMPONENTS.put("io.smallrye.openapi.", "OpenAPI");
        COMPONENTS.put("io.quarkus.arc.", "CDI (ArC)");
        COMPONENTS.put("io.quarkus.security.", "Quarkus security");
        COMPONENTS.put("io.quarkus.", "Quarkus other");
        COMPONENTS.put("io.smallrye.", "SmallRye other");
        COMPONENTS.put("org.jboss.logmanager.", "Logging");
        COMPONENTS.put("org.jboss.logging.", "Logging");
        COMPONENTS.put("org.o2c.", "o2c code");
    }

    private final long pid;
    private final Path file;
    private boolean started;

    Profiler(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    void start() throws IOException, InterruptedException {
        Files.deleteIfExists(file);
        jcmd("JFR.start", "name=o2c-bench", "settings=profile", "filename=" + file);
        started = true;
    }

    void stop() throws IOException, InterruptedException {
        if (started) {
            jcmd("JFR.stop", "name=o2c-bench");
            started = false;
        }
    }

    Path file() {
        return file;
    }

    /**
     * The profilers the option {@code --jfr} asks for: {@code --jfr} alone is invoicing-service, {@code --jfr
     * invoicing,payments} names services of the running stack.
     */
    static Map<String, Profiler> forServices(Stack stack, String option, String runId) throws IOException {
        Map<String, Profiler> profilers = new LinkedHashMap<>();
        List<String> services = option.equals("true") ? List.of("invoicing")
                : option.isBlank() ? List.of() : List.of(option.split(","));
        for (String service : services) {
            String name = service.trim();
            OptionalLong pid = stack.pid(name);
            if (pid.isEmpty()) {
                throw new IllegalArgumentException("--jfr: no running service '" + name + "' of ./o2c up");
            }
            profilers.put(name, new Profiler(pid.getAsLong(), stack.scratch().resolve(name + "-" + runId + ".jfr")));
        }
        return profilers;
    }

    /** The profile of the window as tables of the report, {@code at} saying what the window was. */
    void report(Report report, String service, String at, Instant from, Instant to) throws IOException {
        Profile profile = analyse(from, to, 20);
        String name = service + "-service";
        Report.Table components = report.table("profile-" + service + "-components",
                name + " CPU samples by component " + at + " (" + profile.samples() + " samples, JFR)",
                "component", "% of CPU samples");
        profile.components().forEach(s -> components.row(s.name(), s.percent()));
        Report.Table onStack = report.table("profile-" + service + "-on-stack",
                name + " CPU samples with the component anywhere on the stack " + at, "component",
                "% of CPU samples");
        profile.componentsOnStack().forEach(s -> onStack.row(s.name(), s.percent()));
        Report.Table self = report.table("profile-" + service + "-self", name + " hottest methods (self time) " + at,
                "method", "% of CPU samples");
        profile.selfMethods().forEach(s -> self.row(s.name(), s.percent()));
        Report.Table inclusive = report.table("profile-" + service + "-inclusive",
                name + " platform and Axon methods (inclusive time) " + at, "method", "% of CPU samples");
        profile.inclusiveMethods().forEach(s -> inclusive.row(s.name(), s.percent()));
        Report.Table waiting = report.table("profile-" + service + "-native",
                name + " threads waiting in native code (idle event loops left out) " + at + " ("
                        + profile.nativeSamples() + " samples)", "waiting in", "% of native samples");
        profile.nativeMethods().forEach(s -> waiting.row(s.name(), s.percent()));
        report.headline(service + " GC pause in profiled window (ms)", profile.gcPauseMillis());
        report.note("JFR recording of " + name + " (settings=profile, started with jcmd): " + file);
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output.trim());
        }
    }

    /** The samples of one window, summed up. */
    record Profile(long samples, List<Share> components, List<Share> componentsOnStack, List<Share> selfMethods,
                   List<Share> inclusiveMethods,
                   double gcPauseMillis, long nativeSamples, List<Share> nativeMethods) {
    }

    record Share(String name, double percent) {
    }

    Profile analyse(Instant from, Instant to, int top) throws IOException {
        Map<String, Long> components = new HashMap<>();
        Map<String, Long> onStack = new HashMap<>();
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> nativeMethods = new HashMap<>();
        long samples = 0;
        long nativeSamples = 0;
        double gcPause = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getStartTime().isBefore(from) || !event.getStartTime().isBefore(to)) {
                continue;
            }
            String type = event.getEventType().getName();
            if (type.equals("jdk.GarbageCollection")) {
                gcPause += event.getDuration("sumOfPauses").toNanos() / 1e6;
                continue;
            }
            boolean execution = type.equals("jdk.ExecutionSample");
            if (!execution && !type.equals("jdk.NativeMethodSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (!execution) {
                if (method(frames.get(0)).equals("sun.nio.ch.EPoll.wait")) {
                    continue; // an idle event loop or client selector: waiting for work, not for a resource
                }
                nativeSamples++;
                nativeMethods.merge(waitingIn(frames), 1L, Long::sum);
                continue;
            }
            samples++;
            self.merge(method(frames.get(0)), 1L, Long::sum);
            components.merge(component(frames), 1L, Long::sum);
            Set<String> present = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String known = known(frame.getMethod().getType().getName());
                if (known != null) {
                    present.add(known);
                }
            }
            present.forEach(name -> onStack.merge(name, 1L, Long::sum));
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = method(frame);
                if ((method.startsWith("org.o2c.") || method.startsWith("org.axonframework.")) && !generated(method)
                        && seen.add(method)) {
                    inclusive.merge(method, 1L, Long::sum);
                }
            }
        }
        return new Profile(samples, shares(components, samples, top), shares(onStack, samples, top),
                shares(self, samples, top),
                shares(inclusive, samples, top), gcPause, nativeSamples, shares(nativeMethods, nativeSamples, top));
    }

    /** Frames of CDI proxies, interceptor subclasses, REST invokers and lambdas repeat the method they wrap. */
    private static boolean generated(String method) {
        return method.contains("_Subclass") || method.contains("_ClientProxy") || method.contains("$$Lambda")
                || method.contains(".lambda$") || method.contains("$quarkusrestinvoker$")
                || method.contains("$$superforward") || method.contains("_Bean.");
    }

    private static String known(String type) {
        for (Map.Entry<String, String> entry : COMPONENTS.entrySet()) {
            if (type.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The innermost frame that belongs to a known library, or the JDK when none does. */
    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String known = known(frame.getMethod().getType().getName());
            if (known != null) {
                return known;
            }
        }
        String top = frames.get(0).getMethod().getType().getName();
        return "JDK " + top.substring(0, Math.max(0, top.lastIndexOf('.')));
    }

    /** What a thread sitting in native code waits for: the first frame outside the JDK, with the native method. */
    private static String waitingIn(List<RecordedFrame> frames) {
        String nativeMethod = method(frames.get(0));
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (!type.startsWith("java.") && !type.startsWith("sun.") && !type.startsWith("jdk.")) {
                return method(frame) + " <- " + nativeMethod;
            }
        }
        return nativeMethod;
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static List<Share> shares(Map<String, Long> counts, long total, int top) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(e -> new Share(e.getKey(), total == 0 ? 0 : 100.0 * e.getValue() / total))
                .collect(Collectors.toList());
    }
}
