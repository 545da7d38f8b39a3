package org.o2c.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.o2c.testing.auth.TokenIssuer;
import org.o2c.testing.infra.KafkaLocator;
import org.o2c.testing.infra.PostgresServer;

/**
 * The whole local stack: PostgreSQL, Kafka, the token keys, the six services and the demo data. {@code up} can be
 * run again at any time: it starts only what is not running. {@code down} stops exactly what {@code up} started.
 */
final class LocalStack {
    private final StackFiles files;
    private final PrintStream out;
    private final PidFiles pids;
    private final LocalPostgres postgres;
    private final KafkaBrokerProcess broker;
    private final ServiceProcesses services;

    LocalStack(StackFiles files, PrintStream out) {
        this.files = files;
        this.out = out;
        this.pids = new PidFiles(files.run());
        this.postgres = new LocalPostgres(files, out);
        this.broker = new KafkaBrokerProcess(files, pids, out);
        this.services = new ServiceProcesses(files, pids, out);
    }

    /** @param startedAt when the user asked, to report the time to ready including JVM start */
    void up(Instant startedAt) throws IOException, InterruptedException {
        files.create();
        StackState state = StackState.load(files.run());
        PostgresServer database = postgres.start(state);
        String kafka = startKafka(state);
        state.save();
        TokenIssuer tokens = TokenIssuer.loadOrCreate(files.createdKeys());
        services.start(database, kafka);
        Duration toReady = Duration.between(startedAt, Instant.now());

        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        LocalDate today = LocalDate.now();
        new DemoData(http, tokens, out).loadUnlessPresent(today);
        new StackSummary(files, database, kafka).print(out, toReady, today);
    }

    private String startKafka(StackState state) throws IOException {
        Optional<String> configured = KafkaLocator.configuredBootstrapServers();
        if (configured.isPresent()) {
            if (!KafkaBrokerProcess.answers(configured.get(), Duration.ofSeconds(10))) {
                throw new IllegalStateException("O2C_KAFKA_BOOTSTRAP_SERVERS=" + configured.get()
                        + " does not answer; unset it to run a broker of o2c's own");
            }
            out.println("kafka: using " + configured.get() + " (O2C_KAFKA_BOOTSTRAP_SERVERS)");
            state.kafka(configured.get(), true);
            return configured.get();
        }
        broker.start();
        state.kafka(KafkaBrokerProcess.BOOTSTRAP_SERVERS, false);
        return KafkaBrokerProcess.BOOTSTRAP_SERVERS;
    }

    /** Services first, so they stop while Kafka and PostgreSQL can still take their last writes. */
    void down() {
        StackState state = StackState.load(files.run());
        if (services.stop() == 0) {
            out.println("services: none running");
        }
        if (!broker.stop()) {
            out.println("kafka: " + (state.kafkaExternal()
                    ? state.kafkaBootstrapServers().orElse("") + " left running (not started by o2c)"
                    : "not running"));
        }
        postgres.stop(state);
        state.delete();
    }

    void status() {
        StackState state = StackState.load(files.run());
        out.println(postgres.status(state));
        if (state.kafkaExternal()) {
            String servers = state.kafkaBootstrapServers().orElseThrow();
            boolean ready = KafkaBrokerProcess.answers(servers, Duration.ofSeconds(3));
            out.println(Status.line("kafka", ready ? "running" : "stopped", null, null, ready ? "ready" : "-",
                    servers + " (O2C_KAFKA_BOOTSTRAP_SERVERS), not started by o2c"));
        } else {
            out.println(broker.status());
        }
        services.status().forEach(out::println);
    }
}
