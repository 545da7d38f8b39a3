package org.o2c.testing.process;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.o2c.testing.infra.PostgresServer;

/**
 * One service running as a separate Java process from its packaged application
 * ({@code <service>/target/quarkus-app/quarkus-run.jar}), as in production. Used by the local stack and the
 * system tests; {@link #kill()} sends SIGKILL, so tests see what a crash does.
 */
public final class ServiceProcess {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Process process;

    private ServiceProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /**
     * @param env configuration as environment variables (e.g. {@code QUARKUS_DATASOURCE_JDBC_URL})
     */
    public static ServiceProcess start(String name, Path applicationJar, int port, Map<String, String> env,
                                       Path logFile, List<String> jvmOptions) throws IOException {
        if (!Files.exists(applicationJar)) {
            throw new IOException(applicationJar + " is missing: build it with ./mvnw package -DskipTests");
        }
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Ddisable-axoniq-console-message=true");
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(applicationJar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        return new ServiceProcess(name, port, builder.start());
    }

    /**
     * How a service is pointed at its infrastructure, as environment variables: its own database on the server,
     * the Kafka brokers, and the public key its bearer tokens are verified with.
     */
    public static Map<String, String> environment(PostgresServer postgres, String database, String kafkaBootstrapServers,
                                                  Path jwtPublicKey) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", postgres.user(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres.password() == null ? "" : postgres.password(),
                "O2C_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers,
                "O2C_JWT_PUBLIC_KEY", jwtPublicKey.toString());
    }

    public static Path applicationJar(Path repositoryRoot, String service) {
        return repositoryRoot.resolve(service + "-service/target/quarkus-app/quarkus-run.jar");
    }

    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting");
            }
            if (isReady(port)) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " was not ready on port " + port + " within " + timeout);
    }

    public static boolean isReady(int port) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL: no shutdown hooks, no flush, as in a crash. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** SIGTERM: an orderly stop. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
