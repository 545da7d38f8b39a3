package org.o2c.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.o2c.testing.infra.PostgresServer;
import org.o2c.testing.process.ServiceProcess;

/**
 * The six services as processes of their own, started with the platform's {@link ServiceProcess} from their
 * packaged jars. Their output goes to a file, not a pipe, so they keep running after the launcher exits.
 */
final class ServiceProcesses {
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC");
    /** Six JVMs starting at once on two cores take far longer than the 2-3 s one takes alone. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final StackFiles files;
    private final PidFiles pids;
    private final PrintStream out;

    ServiceProcesses(StackFiles files, PidFiles pids, PrintStream out) {
        this.files = files;
        this.pids = pids;
        this.out = out;
    }

    /** Starts each service that is not already running, then waits until all of them are ready. */
    void start(PostgresServer postgres, String kafkaBootstrapServers) throws IOException {
        Map<StackService, ProcessHandle> starting = new LinkedHashMap<>();
        List<StackService> toStart = new ArrayList<>();
        for (StackService service : StackService.ALL) {
            Optional<ProcessHandle> running = pids.live(service.name(), marker(service));
            if (running.isPresent()) {
                starting.put(service, running.get());
            } else if (TcpPort.local(service.port()).accepts()) {
                throw new IllegalStateException("port " + service.port() + " for the " + service.name()
                        + " service is already in use by another process, not one started by ./o2c up: stop it first");
            } else {
                toStart.add(service);
            }
        }
        for (StackService service : toStart) {
            ServiceProcess process = ServiceProcess.start(service.name(),
                    ServiceProcess.applicationJar(files.repositoryRoot(), service.name()), service.port(),
                    ServiceProcess.environment(postgres, service.database(), kafkaBootstrapServers, files.publicKey()),
                    files.log(service.name()), JVM_OPTIONS);
            pids.write(service.name(), process.pid());
            starting.put(service, ProcessHandle.of(process.pid()).orElseThrow());
            out.println(service.name() + ": starting (pid " + process.pid() + ") on port " + service.port());
        }
        awaitReady(starting, toStart);
    }

    /**
     * Polls all services in one loop, rather than one {@link ServiceProcess#awaitReady} after the other, to report
     * each as soon as it is ready, and to include services a previous {@code up} started.
     */
    private void awaitReady(Map<StackService, ProcessHandle> starting, List<StackService> startedNow) {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(START_TIMEOUT);
        Map<StackService, ProcessHandle> waiting = new LinkedHashMap<>(starting);
        while (!waiting.isEmpty()) {
            for (var it = waiting.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                StackService service = entry.getKey();
                if (ServiceProcess.isReady(service.port())) {
                    it.remove();
                    out.printf("%s: %s%n", service.name(), startedNow.contains(service)
                            ? String.format("ready in %.1f s", Duration.between(begin, Instant.now()).toMillis() / 1000.0)
                            : "already running and ready (pid " + entry.getValue().pid() + ")");
                } else if (!entry.getValue().isAlive()) {
                    throw new IllegalStateException(service.name() + " exited while starting; "
                            + LogTail.of(files.log(service.name()), 25));
                }
            }
            if (!waiting.isEmpty() && Instant.now().isAfter(deadline)) {
                StackService late = waiting.keySet().iterator().next();
                throw new IllegalStateException(late.name() + " was not ready on port " + late.port() + " within "
                        + START_TIMEOUT.toSeconds() + " s; " + LogTail.of(files.log(late.name()), 25));
            }
            sleep(250);
        }
    }

    /** @return how many services were running */
    int stop() {
        Map<String, String> markers = new LinkedHashMap<>();
        StackService.ALL.forEach(service -> markers.put(service.name(), marker(service)));
        return pids.stop(markers, Duration.ofSeconds(10), out);
    }

    List<String> status() {
        List<String> lines = new ArrayList<>();
        for (StackService service : StackService.ALL) {
            Optional<ProcessHandle> running = pids.live(service.name(), marker(service));
            if (running.isEmpty()) {
                String note = TcpPort.local(service.port()).accepts() ? "port taken by a process not started by o2c" : "";
                lines.add(Status.line(service.name(), "stopped", null, service.port(), "-", note));
                continue;
            }
            boolean ready = ServiceProcess.isReady(service.port());
            lines.add(Status.line(service.name(), "running", running.get().pid(), service.port(),
                    ready ? "ready" : "not ready", service.url()));
        }
        return lines;
    }

    /** The service's jar is on its command line: a pid is taken for the service only while that holds. */
    private String marker(StackService service) {
        return ServiceProcess.applicationJar(files.repositoryRoot(), service.name()).toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
