package org.o2c.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.auth.TokenIssuer;

/**
 * One test JVM's infrastructure, started once and shared by its tests: PostgreSQL (found or started), a real
 * in-process Kafka broker, and a token key pair. Every test run gets database names of its own, so runs on
 * a shared server never see each other's data. What was started here stops when the JVM exits.
 */
public final class TestInfrastructure {
    private static final Logger LOG = Logger.getLogger(TestInfrastructure.class);
    private static TestInfrastructure shared;

    private final PostgresServer postgres;
    private final String kafkaBootstrapServers;
    private final TokenIssuer tokens;
    private final Path publicKey;
    private final String runId = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    private TestInfrastructure() throws IOException {
        Path work = Files.createTempDirectory("o2c-test-");
        Files.setPosixFilePermissions(work, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        PostgresLocator postgresLocator = new PostgresLocator(work.resolve("postgres"), freePort(), false, LOG::info);
        postgres = postgresLocator.locate();
        KafkaLocator.Located kafka = KafkaLocator.locateInProcess(work.resolve("kafka"));
        kafkaBootstrapServers = kafka.bootstrapServers();
        tokens = TokenIssuer.generate();
        tokens.writeKeys(work.resolve("keys"));
        publicKey = work.resolve("keys/public.pem");
        System.setProperty(TestTokens.KEYS_PROPERTY, work.resolve("keys").toString());
        LOG.infof("test infrastructure: %s, Kafka %s", postgres, kafkaBootstrapServers);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (kafka.started() != null) {
                kafka.started().close();
            }
            postgresLocator.stopStarted();
            deleteQuietly(work);
        }, "o2c-test-infrastructure-stop"));
    }

    public static synchronized TestInfrastructure shared() {
        if (shared == null) {
            try {
                shared = new TestInfrastructure();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public Path publicKey() {
        return publicKey;
    }

    /** Creates a database for one service in this run, e.g. {@code o2c_invoicing_t3f9a0c21be}. */
    public String newDatabase(String service) {
        String name = "o2c_" + service.replace('-', '_') + "_t" + runId;
        postgres.createDatabase(name);
        return name;
    }

    public void dropDatabase(String name) {
        try {
            postgres.dropDatabase(name);
        } catch (RuntimeException e) {
            LOG.warnf("could not drop test database %s: %s", name, e.getMessage());
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("could not delete %s: %s", directory, e.getMessage());
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
