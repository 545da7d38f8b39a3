package org.o2c.testing.infra;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds a PostgreSQL server, in the order the platform documents, the same for tests and the local stack:
 * <ol>
 *     <li>an explicit URL: {@code O2C_POSTGRES_URL} (e.g. {@code postgresql://host:5432}) with
 *     {@code O2C_POSTGRES_USER} and {@code O2C_POSTGRES_PASSWORD};</li>
 *     <li>a server answering on localhost:5432 that lets that user in;</li>
 *     <li>a private cluster started from the PostgreSQL binaries on the machine;</li>
 *     <li>a Testcontainers container when a Docker engine answers;</li>
 *     <li>otherwise an error that says how to provide one.</li>
 * </ol>
 */
public final class PostgresLocator {
    private final Path privateClusterDirectory;
    private final int privateClusterPort;
    private final boolean durable;
    private final Consumer<String> log;
    private PrivatePostgresCluster privateCluster;
    private AutoCloseable container;

    public PostgresLocator(Path privateClusterDirectory, int privateClusterPort, boolean durable, Consumer<String> log) {
        this.privateClusterDirectory = privateClusterDirectory;
        this.privateClusterPort = privateClusterPort;
        this.durable = durable;
        this.log = log;
    }

    public PostgresServer locate() {
        String user = env("O2C_POSTGRES_USER", "postgres");
        String password = env("O2C_POSTGRES_PASSWORD", "postgres");
        String url = env("O2C_POSTGRES_URL", null);
        if (url != null) {
            URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
            PostgresServer configured = new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(),
                    user, password, "O2C_POSTGRES_URL");
            String failure = answers(configured);
            if (failure != null) {
                throw new IllegalStateException("O2C_POSTGRES_URL=" + url + " does not let " + user + " in: " + failure);
            }
            return configured;
        }
        PostgresServer local = new PostgresServer("127.0.0.1", 5432, user, password, "localhost:5432");
        String localFailure = answers(local);
        if (localFailure == null) {
            return local;
        }
        log.accept("no usable PostgreSQL on localhost:5432 (" + localFailure + ")");
        Optional<Path> binaries = PrivatePostgresCluster.findBinaries();
        if (binaries.isPresent()) {
            log.accept("starting a private PostgreSQL cluster from " + binaries.get() + " in " + privateClusterDirectory);
            privateCluster = new PrivatePostgresCluster(binaries.get(), privateClusterDirectory, privateClusterPort,
                    durable);
            return privateCluster.start();
        }
        Optional<PostgresServer> containerized = startContainer();
        if (containerized.isPresent()) {
            return containerized.get();
        }
        throw new IllegalStateException("""
                No PostgreSQL server found. Provide one of:
                  - O2C_POSTGRES_URL=postgresql://HOST:PORT with O2C_POSTGRES_USER and O2C_POSTGRES_PASSWORD
                  - a PostgreSQL server on localhost:5432 that lets user '%s' in
                  - PostgreSQL server binaries (e.g. 'apt-get install postgresql'), found on PATH, under
                    /usr/lib/postgresql/*/bin, or at O2C_POSTGRES_BIN
                  - a running Docker engine, for a Testcontainers PostgreSQL""".formatted(user));
    }

    /** Whether {@link #locate()} came to start (or found running) the private cluster in its directory. */
    public boolean usesPrivateCluster() {
        return privateCluster != null;
    }

    /** Stops whatever this locator started; a server it merely found is left alone. */
    public void stopStarted() {
        if (privateCluster != null) {
            privateCluster.stop();
        }
        if (container != null) {
            try {
                container.close();
            } catch (Exception e) {
                log.accept("could not stop the PostgreSQL container: " + e.getMessage());
            }
        }
    }

    private Optional<PostgresServer> startContainer() {
        try {
            if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
                return Optional.empty();
            }
            var postgres = new org.testcontainers.postgresql.PostgreSQLContainer("postgres:15-alpine");
            postgres.start();
            container = postgres;
            return Optional.of(new PostgresServer(postgres.getHost(), postgres.getMappedPort(5432),
                    postgres.getUsername(), postgres.getPassword(), "Testcontainers"));
        } catch (RuntimeException | LinkageError e) {
            log.accept("no Docker engine for a PostgreSQL container: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Null when the server lets the user in, else why not. */
    private static String answers(PostgresServer server) {
        try (Connection c = server.connect("postgres")) {
            return c.isValid(2) ? null : "not valid";
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name.toLowerCase().replace('_', '.'));
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
