package org.o2c.testing.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the platform's own, started from the server binaries on the machine. initdb refuses
 * to run as root, so as root the cluster runs as the unprivileged {@code postgres} (or {@code nobody}) user.
 */
public final class PrivatePostgresCluster {
    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final boolean durable;
    private final String runAs;

    /**
     * @param durable false for throw-away test clusters: fsync and synchronous commit off
     */
    public PrivatePostgresCluster(Path binaries, Path dataDirectory, int port, boolean durable) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.durable = durable;
        this.runAs = "root".equals(System.getProperty("user.name")) ? unprivilegedUser() : null;
    }

    /** The newest PostgreSQL server binaries on the machine: from PATH, pg_config, or Debian's folders. */
    public static Optional<Path> findBinaries() {
        String configured = System.getenv("O2C_POSTGRES_BIN");
        if (configured != null && Files.isExecutable(Path.of(configured, "initdb"))) {
            return Optional.of(Path.of(configured));
        }
        List<Path> candidates = new ArrayList<>();
        for (String root : List.of("/usr/lib/postgresql", "/usr/local/pgsql", "/opt/homebrew/opt")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> versions = Files.list(dir)) {
                    versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                            .forEach(candidates::add);
                }  catch (IOException ignored) {
                    // not readable: try the next place
                }
            }
            if (Files.isExecutable(dir.resolve("bin/initdb"))) {
                candidates.add(dir.resolve("bin"));
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(":")) {
                if (!entry.isEmpty() && Files.isExecutable(Path.of(entry, "initdb"))) {
                    candidates.add(Path.of(entry));
                }
            }
        }
        return candidates.stream().max(Comparator.comparing(PrivatePostgresCluster::versionOf));
    }

    private static int versionOf(Path bin) {
        String name = bin.getParent() == null ? "" : bin.getParent().getFileName().toString();
        return name.matches("\\d+") ? Integer.parseInt(name) : 0;
    }

    public PostgresServer start() {
        try {
            Files.createDirectories(dataDirectory);
            if (runAs != null) {
                chown(dataDirectory);
            }
            if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                run(List.of(binaries.resolve("initdb").toString(), "-D", dataDirectory.toString(), "-U", "postgres",
                        "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"), 120);
            }
            if (!isRunning()) {
                // the socket goes to a short folder: Unix socket paths are limited to 107 bytes
                Path sockets = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "o2c-pg-" + port));
                if (runAs != null) {
                    chown(sockets);
                }
                String options = "-p " + port + " -h 127.0.0.1 -k " + sockets
                        + " -c max_connections=300 -c shared_buffers=256MB"
                        + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
                run(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-l",
                        dataDirectory.resolve("server.log").toString(), "-o", options, "-w", "-t", "60", "start"), 90);
            }
            return new PostgresServer("127.0.0.1", port, "postgres", null, "private cluster in " + dataDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("could not start a private PostgreSQL cluster in " + dataDirectory
                    + ": " + e.getMessage(), e);
        }
    }

    public boolean isRunning() throws IOException {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return false;
        }
        return exitCode(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "status"))
                == 0;
    }

    public void stop() {
        try {
            if (isRunning()) {
                run(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDirectory.toString(), "-m", "fast",
                        "-w", "stop"), 60);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not stop PostgreSQL in " + dataDirectory, e);
        }
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException {
        Process process = new ProcessBuilder(asUser(command)).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
            }
            String output = new String(process.getInputStream().readAllBytes());
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private int exitCode(List<String> command) throws IOException {
        Process process = new ProcessBuilder(asUser(command)).redirectErrorStream(true).start();
        try {
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private List<String> asUser(List<String> command) {
        if (runAs == null) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", runAs, "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private void chown(Path directory) throws IOException {
        UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(runAs);
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setOwner(p, owner);
            }
        }
    }

    private static String unprivilegedUser() {
        try {
            Process id = new ProcessBuilder("id", "-u", "postgres").redirectErrorStream(true).start();
            id.getInputStream().readAllBytes();
            return id.waitFor() == 0 ? "postgres" : "nobody";
        } catch (IOException e) {
            return "nobody";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "nobody";
        }
    }
}
