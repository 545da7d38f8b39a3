package org.o2c.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.o2c.testing.infra.PostgresLocator;
import org.o2c.testing.infra.PostgresServer;
import org.o2c.testing.infra.PrivatePostgresCluster;

/**
 * The stack's PostgreSQL: found or started by the platform's {@link PostgresLocator} (the same order as the tests),
 * with a durable private cluster of our own as the fallback, and one database per service.
 */
final class LocalPostgres {
    static final int PRIVATE_CLUSTER_PORT = 55432;

    private final StackFiles files;
    private final PrintStream out;

    LocalPostgres(StackFiles files, PrintStream out) {
        this.files = files;
        this.out = out;
    }

    PostgresServer start(StackState state) {
        PostgresServer server;
        Optional<StackState.PrivateCluster> ours = state.privateCluster();
        if (ours.isPresent()) {
            // keep the cluster this stack already runs, whatever the locator would find today: the services
            // that may still be running were started against it
            server = cluster(ours.get()).start();
        } else {
            Path dataDirectory = files.privatePostgres();
            PostgresLocator locator = new PostgresLocator(dataDirectory, PRIVATE_CLUSTER_PORT, true,
                    message -> out.println("postgres: " + message));
            server = locator.locate();
            if (locator.usesPrivateCluster()) {
                Path binaries = PrivatePostgresCluster.findBinaries().orElseThrow();
                state.privateCluster(new StackState.PrivateCluster(binaries, dataDirectory, PRIVATE_CLUSTER_PORT));
            }
        }
        state.postgres(server.host() + ":" + server.port(), server.origin());
        state.save();
        for (StackService service : StackService.ALL) {
            server.createDatabase(service.database());
        }
        out.println("postgres: " + server + ", databases o2c_<service> ready");
        return server;
    }

    /** Stops the private cluster if this stack runs one; a server it found is never touched. */
    void stop(StackState state) {
        Optional<StackState.PrivateCluster> ours = state.privateCluster();
        if (ours.isEmpty()) {
            state.postgresAddress().ifPresent(address ->
                    out.println("postgres: " + address + " left running (not started by o2c)"));
            return;
        }
        cluster(ours.get()).stop();
        out.println("postgres: private cluster in " + ours.get().dataDirectory() + " stopped");
        state.forgetPrivateCluster();
        state.save();
    }

    String status(StackState state) {
        Optional<StackState.PrivateCluster> ours = state.privateCluster();
        if (ours.isPresent()) {
            StackState.PrivateCluster cluster = ours.get();
            Optional<Long> pid = postmasterPid(cluster.dataDirectory());
            boolean answers = TcpPort.local(cluster.port()).accepts();
            return Status.line("postgres", pid.isPresent() && answers ? "running" : "stopped", pid.orElse(null),
                    cluster.port(), answers ? "ready" : "-",
                    "private cluster in " + cluster.dataDirectory());
        }
        Optional<String> address = state.postgresAddress();
        if (address.isEmpty()) {
            return Status.line("postgres", "-", null, null, "-", "chosen by ./o2c up: localhost:5432, else a private "
                    + "cluster on port " + PRIVATE_CLUSTER_PORT);
        }
        String[] hostPort = address.get().split(":");
        boolean answers = new TcpPort(hostPort[0], Integer.parseInt(hostPort[1])).accepts();
        return Status.line("postgres", answers ? "running" : "stopped", null, Integer.parseInt(hostPort[1]),
                answers ? "ready" : "-", state.postgresOrigin().orElse(address.get()) + ", not started by o2c");
    }

    private static PrivatePostgresCluster cluster(StackState.PrivateCluster cluster) {
        return new PrivatePostgresCluster(cluster.binaries(), cluster.dataDirectory(), cluster.port(), true);
    }

    /** The first line of postmaster.pid; as root the data folder belongs to postgres, but root can read it. */
    private static Optional<Long> postmasterPid(Path dataDirectory) {
        try {
            String first = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
            return first.matches("\\d+") ? Optional.of(Long.parseLong(first)) : Optional.empty();
        } catch (IOException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
