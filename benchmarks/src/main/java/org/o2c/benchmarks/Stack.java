package org.o2c.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.o2c.testing.auth.TokenIssuer;
import org.o2c.testing.infra.PostgresServer;
import org.o2c.testing.process.ServiceProcess;

/**
 * The local stack the benchmark measures: the one {@code ./o2c up} runs. When none runs, the benchmark starts it with
 * {@code ./o2c up} (the launcher, exactly as a user would) and stops it with {@code ./o2c down} at the end; a stack
 * that was already running is used as it is and left running.
 */
final class Stack {
    static final Map<String, Integer> PORTS = Map.of("invoicing", 8081, "payments", 8082, "collections", 8083,
            "credit", 8084, "payables", 8085, "reporting", 8086);
    static final List<String> SERVICES = List.of("invoicing", "payments", "collections", "credit", "payables",
            "reporting");

    private final Path root;
    private final PrintStream out;
    private final boolean startedHere;
    private boolean released;
    private final Properties state = new Properties();

    private Stack(Path root, PrintStream out, boolean startedHere) throws IOException {
        this.root = root;
        this.out = out;
        this.startedHere = startedHere;
        Path file = root.resolve(".o2c/run/stack.properties");
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: the running services were not started by ./o2c up");
        }
        try (Reader in = Files.newBufferedReader(file)) {
            state.load(in);
        }
    }

    /**
     * Uses the running stack, or starts one; refuses a half-running one rather than guess.
     *
     * @param fresh start from empty databases and an empty Kafka log (only when no stack runs)
     */
    static Stack useOrStart(Path root, PrintStream out, boolean fresh) throws IOException, InterruptedException {
        List<String> ready = new ArrayList<>();
        for (String service : SERVICES) {
            if (ServiceProcess.isReady(PORTS.get(service))) {
                ready.add(service);
            }
        }
        if (ready.size() == SERVICES.size()) {
            if (fresh) {
                throw new IllegalArgumentException("--fresh needs a stopped stack: ./o2c down first");
            }
            out.println("bench: using the running stack (it stays running)");
            return new Stack(root, out, false);
        }
        if (!ready.isEmpty()) {
            throw new IllegalStateException("only " + ready + " are ready; see ./o2c status, then ./o2c up or ./o2c down");
        }
        if (fresh) {
            clearData(root, out);
        }
        out.println("bench: no stack running; starting one with ./o2c up (stopped again at the end)");
        try {
            o2cOf(root, out, "up");
        } catch (IllegalStateException e) {
            o2cOf(root, out, "down"); // what did start must not stay behind
            throw e;
        }
        return new Stack(root, out, true);
    }

    /**
     * Empties the local stack's data: drops the services' databases and deletes the Kafka broker's log folder (the
     * launcher formats a new one). Only for a PostgreSQL server given by O2C_POSTGRES_URL or answering on
     * localhost:5432, the servers the launcher uses first; a private cluster is left to its owner.
     */
    private static void clearData(Path root, PrintStream out) throws IOException {
        String url = System.getenv("O2C_POSTGRES_URL");
        String host = "127.0.0.1";
        int port = 5432;
        if (url != null) {
            java.net.URI uri = java.net.URI.create(url.replaceFirst("^jdbc:", ""));
            host = uri.getHost();
            port = uri.getPort() < 0 ? 5432 : uri.getPort();
        }
        PostgresServer server = new PostgresServer(host, port,
                System.getenv().getOrDefault("O2C_POSTGRES_USER", "postgres"),
                System.getenv().getOrDefault("O2C_POSTGRES_PASSWORD", "postgres"), "fresh");
        try (var connection = server.connect("postgres")) {
            connection.isValid(3);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("--fresh drops the o2c databases on O2C_POSTGRES_URL or localhost:5432, and "
                    + "neither answers (" + e.getMessage() + "); drop them yourself or run without --fresh");
        }
        for (String service : SERVICES) {
            server.dropDatabase("o2c_" + service);
        }
        Path kafkaData = root.resolve(".o2c/kafka/data");
        if (Files.exists(kafkaData)) {
            try (var paths = Files.walk(kafkaData)) {
                for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
        out.println("bench: --fresh: dropped the o2c_<service> databases on " + server + " and emptied " + kafkaData);
    }

    /** Leaves a stack this run started running after the run. */
    synchronized void keep() {
        released = true;
    }

    /** Stops the stack if this run started it (once). */
    synchronized void release() {
        if (!startedHere || released) {
            return;
        }
        released = true;
        try {
            o2cOf(root, out, "down");
        } catch (IOException | InterruptedException | IllegalStateException e) {
            out.println("bench: ./o2c down failed: " + e.getMessage());
        }
    }

    private static void o2cOf(Path root, PrintStream out, String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(root.resolve("o2c").toString(), command)
                .directory(root.toFile())
                .inheritIO()
                .start();
        if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("./o2c " + command + " failed");
        }
    }

    Path root() {
        return root;
    }

    boolean startedHere() {
        return startedHere;
    }

    /** The server the services use; credentials as the launcher finds them (environment, else postgres). */
    PostgresServer postgres() {
        String address = state.getProperty("postgres.address");
        if (address == null) {
            throw new IllegalStateException("the stack state names no PostgreSQL server");
        }
        int colon = address.lastIndexOf(':');
        String user = System.getenv().getOrDefault("O2C_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("O2C_POSTGRES_PASSWORD", "postgres");
        return new PostgresServer(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)), user,
                password, state.getProperty("postgres.origin", "stack"));
    }

    String kafka() {
        String servers = state.getProperty("kafka.bootstrap");
        if (servers == null) {
            throw new IllegalStateException("the stack state names no Kafka broker");
        }
        return servers;
    }

    /** The pid of a process the launcher started (a service or "kafka"), if its pid file is there. */
    OptionalLong pid(String name) {
        try {
            String text = Files.readString(root.resolve(".o2c/run/" + name + ".pid")).trim();
            return text.matches("\\d+") ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    TokenIssuer tokens() throws IOException {
        return TokenIssuer.loadOrCreate(root.resolve(".o2c/keys"));
    }

    Path publicKey() {
        return root.resolve(".o2c/keys/public.pem");
    }

    Path logs() {
        return root.resolve(".o2c/logs");
    }

    /** Scratch files of the benchmark (JFR recordings, logs of extra processes), in the ignored .o2c folder. */
    Path scratch() throws IOException {
        Path folder = root.resolve(".o2c/bench");
        Files.createDirectories(folder);
        return folder;
    }

    static String url(String service) {
        return "http://localhost:" + PORTS.get(service);
    }
}
