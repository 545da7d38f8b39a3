package org.o2c.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) as a background process of its own, run
 * from the Apache Kafka artifacts the launcher was packaged with, so it outlives {@code ./o2c up} and needs no
 * Kafka installation. Its configuration and data live in {@code .o2c/kafka}.
 */
final class KafkaBrokerProcess {
    static final int PORT = 9092;
    static final int CONTROLLER_PORT = 9093;
    static final String BOOTSTRAP_SERVERS = "127.0.0.1:" + PORT;
    private static final String PID_NAME = "kafka";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final StackFiles files;
    private final PidFiles pids;
    private final PrintStream out;

    KafkaBrokerProcess(StackFiles files, PidFiles pids, PrintStream out) {
        this.files = files;
        this.pids = pids;
        this.out = out;
    }

    /** Starts the broker unless ours already runs; returns once it answers. */
    void start() throws IOException {
        Optional<ProcessHandle> running = pids.live(PID_NAME, marker());
        if (running.isPresent()) {
            awaitReady(running.get(), null);
            out.println("kafka: broker already running (pid " + running.get().pid() + ") on " + BOOTSTRAP_SERVERS);
            return;
        }
        for (int port : List.of(PORT, CONTROLLER_PORT)) {
            if (TcpPort.local(port).accepts()) {
                throw new IllegalStateException("port " + port + " is already in use by another process, not the o2c "
                        + "Kafka broker. Stop that process, or, if it is a Kafka broker you want to use, run "
                        + "O2C_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + PORT + " ./o2c up");
            }
        }
        Instant started = Instant.now();
        writeConfiguration();
        if (!Files.exists(dataDirectory().resolve("meta.properties"))) {
            format();
        }
        List<String> command = java();
        command.addAll(List.of("kafka.Kafka", serverProperties().toString()));
        Process broker = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log("kafka").toFile()))
                .start();
        pids.write(PID_NAME, broker.pid());
        awaitReady(broker.toHandle(), broker);
        out.printf("kafka: broker started (pid %d) on %s in %.1f s%n", broker.pid(), BOOTSTRAP_SERVERS,
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    /** @return whether our broker was running */
    boolean stop() {
        return 1 == pids.stop(Map.of(PID_NAME, marker()), Duration.ofSeconds(15), out);
    }

    String status() {
        Optional<ProcessHandle> running = pids.live(PID_NAME, marker());
        boolean ready = running.isPresent() && answers(BOOTSTRAP_SERVERS, Duration.ofSeconds(3));
        return Status.line("kafka", running.isPresent() ? "running" : "stopped",
                running.map(ProcessHandle::pid).orElse(null), PORT, ready ? "ready" : running.isPresent() ? "not ready" : "-",
                "log " + files.log("kafka"));
    }

    /** Whether a broker at these bootstrap servers answers a describeCluster with at least one node. */
    static boolean answers(String bootstrapServers, Duration timeout) {
        int millis = (int) timeout.toMillis();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis))) {
            return !admin.describeCluster().nodes().get(millis, TimeUnit.MILLISECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * @param child the process when we started it here: then its exit code can be shown
     */
    private void awaitReady(ProcessHandle broker, Process child) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!broker.isAlive()) {
                String exit = child == null ? "" : " with code " + child.exitValue();
                throw new IllegalStateException("the Kafka broker exited" + exit + " while starting; "
                        + LogTail.of(files.log("kafka"), 25));
            }
            // the listener opens once the broker is up; asking an Admin before that only produces log noise
            if (TcpPort.local(PORT).accepts() && answers(BOOTSTRAP_SERVERS, Duration.ofSeconds(5))) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException("the Kafka broker (pid " + broker.pid() + ") did not answer on "
                + BOOTSTRAP_SERVERS + " within " + START_TIMEOUT.toSeconds() + " s; "
                + LogTail.of(files.log("kafka"), 25));
    }

    /** Writes the data folder's KRaft metadata once; the broker refuses to start on an unformatted folder. */
    private void format() throws IOException {
        List<String> command = java();
        command.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                "-c", serverProperties().toString(), "--standalone"));
        Process format = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log("kafka").toFile()))
                .start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS)) {
                format.destroyForcibly();
                throw new IllegalStateException("formatting the Kafka data folder took over 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting the Kafka data folder", e);
        }
        if (format.exitValue() != 0) {
            throw new IllegalStateException("formatting " + dataDirectory() + " failed with code " + format.exitValue()
                    + "; " + LogTail.of(files.log("kafka"), 15));
        }
    }

    private List<String> java() {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + log4jConfiguration(),
                "-cp", files.launcherLibraries().resolve("*").toString()));
        return command;
    }

    private void writeConfiguration() throws IOException {
        Files.createDirectories(dataDirectory());
        Files.writeString(serverProperties(), """
                # written by ./o2c up on every start
                process.roles=broker,controller
                node.id=1
                listeners=PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d
                advertised.listeners=PLAINTEXT://127.0.0.1:%d
                listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                inter.broker.listener.name=PLAINTEXT
                controller.listener.names=CONTROLLER
                controller.quorum.bootstrap.servers=127.0.0.1:%d
                log.dirs=%s
                num.partitions=6
                offsets.topic.replication.factor=1
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                """.formatted(PORT, CONTROLLER_PORT, PORT, CONTROLLER_PORT, dataDirectory()));
        try (InputStream in = KafkaBrokerProcess.class.getResourceAsStream("/kafka-log4j2.properties")) {
            if (in == null) {
                throw new IllegalStateException("kafka-log4j2.properties missing from the launcher jar");
            }
            Files.write(log4jConfiguration(), in.readAllBytes());
        }
    }

    /** Part of the broker's command line, so a pid is only taken for our broker while it still is. */
    private String marker() {
        return serverProperties().toString();
    }

    private Path serverProperties() {
        return files.kafka().resolve("server.properties");
    }

    private Path log4jConfiguration() {
        return files.kafka().resolve("log4j2.properties");
    }

    private Path dataDirectory() {
        return files.kafka().resolve("data");
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
