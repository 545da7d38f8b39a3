package org.o2c.system;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.o2c.testing.infra.TestInfrastructure;
import org.o2c.testing.kafka.AccountingPeriods;
import org.o2c.testing.openapi.SpecConformance;
import org.o2c.testing.process.ServiceProcess;

/**
 * The six services as separate processes of their packaged applications, on real PostgreSQL (a database each)
 * and a real Kafka broker, started once for the system tests of this JVM. Tests may kill and restart a service.
 */
final class Platform {
    static final List<String> SERVICES = List.of("invoicing", "payments", "collections", "credit", "payables",
            "reporting");
    private static Platform shared;

    private final TestInfrastructure infra = TestInfrastructure.shared();
    private final Path repository = Path.of("").toAbsolutePath().getParent();
    private final Path logs = Path.of("target", "service-logs").toAbsolutePath();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, String> databases = new HashMap<>();
    private final AtomicInteger starts = new AtomicInteger();

    static synchronized Platform shared() {
        if (shared == null) {
            // every answer the stories receive through RestAssured is held to the answering service's spec
            RestAssured.filters(new SpecConformance());
            shared = new Platform();
            shared.startAll();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stopAll, "o2c-system-test-platform-stop"));
        }
        return shared;
    }

    private void startAll() {
        for (String service : SERVICES) {
            databases.put(service, infra.newDatabase(service));
            ports.put(service, TestInfrastructure.freePort());
            running.put(service, launch(service));
        }
        running.values().forEach(p -> p.awaitReady(Duration.ofSeconds(120)));
    }

    /** SIGKILL: no orderly shutdown, as in a crash. */
    void kill(String service) {
        running.get(service).kill();
    }

    /** Starts the service again on its port and database and waits until it is ready. */
    void restart(String service) {
        ServiceProcess process = launch(service);
        running.put(service, process);
        process.awaitReady(Duration.ofSeconds(120));
    }

    String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    /**
     * Starts one more instance of a service, named {@code <service>-<name>}, on an empty database of its own; it
     * builds its read models from the topics from offset 0 in consumer groups of its own. Reach it with
     * {@link #url(String)} under that name.
     */
    String startReplica(String service, String name) {
        String replica = service + "-" + name;
        databases.put(replica, infra.newDatabase(replica));
        ports.put(replica, TestInfrastructure.freePort());
        Map<String, String> env = new HashMap<>(ServiceProcess.environment(infra.postgres(), databases.get(replica),
                infra.kafkaBootstrapServers(), infra.publicKey()));
        env.put("O2C_KAFKA_CONSUMER_GROUP_PREFIX", "o2c." + replica);
        ServiceProcess process = start(service, ports.get(replica), env, replica);
        running.put(replica, process);
        process.awaitReady(Duration.ofSeconds(120));
        return replica;
    }

    /** Whether a service has learned from o2c.reporting.events that a legal entity's month is closed. */
    boolean knowsClosed(String service, String legalEntity, YearMonth period) {
        try (Connection c = infra.postgres().connect(databases.get(service))) {
            return AccountingPeriods.isClosed(c, legalEntity, period);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String kafka() {
        return infra.kafkaBootstrapServers();
    }

    private ServiceProcess launch(String service) {
        return start(service, ports.get(service), ServiceProcess.environment(infra.postgres(), databases.get(service),
                infra.kafkaBootstrapServers(), infra.publicKey()), service);
    }

    private ServiceProcess start(String service, int port, Map<String, String> env, String logName) {
        try {
            return ServiceProcess.start(service, ServiceProcess.applicationJar(repository, service), port, env,
                    logs.resolve(logName + "-" + starts.incrementAndGet() + ".log"),
                    List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stopAll() {
        running.values().stream().filter(ServiceProcess::isAlive).forEach(ServiceProcess::stop);
        databases.values().forEach(infra::dropDatabase);
    }
}
