package org.o2c.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * What {@code ./o2c up} chose and started besides its own processes, kept in {@code .o2c/run/stack.properties}
 * for {@code status} and {@code down}: which PostgreSQL and Kafka the services use, and above all whether the
 * PostgreSQL server is a private cluster of ours (then {@code down} stops it) or one we merely found (then
 * nothing ever touches it). No passwords are kept.
 */
final class StackState {
    private final Path file;
    private final Properties values = new Properties();

    private StackState(Path file) {
        this.file = file;
    }

    static StackState load(Path runDirectory) {
        StackState state = new StackState(runDirectory.resolve("stack.properties"));
        if (Files.exists(state.file)) {
            try (Reader in = Files.newBufferedReader(state.file)) {
                state.values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + state.file, e);
            }
        }
        return state;
    }

    /** A private cluster we run: enough to stop it again with pg_ctl. */
    record PrivateCluster(Path binaries, Path dataDirectory, int port) {
    }

    Optional<PrivateCluster> privateCluster() {
        String data = values.getProperty("postgres.private.data");
        if (data == null) {
            return Optional.empty();
        }
        return Optional.of(new PrivateCluster(Path.of(values.getProperty("postgres.private.binaries")), Path.of(data),
                Integer.parseInt(values.getProperty("postgres.private.port"))));
    }

    void privateCluster(PrivateCluster cluster) {
        values.setProperty("postgres.private.binaries", cluster.binaries().toString());
        values.setProperty("postgres.private.data", cluster.dataDirectory().toString());
        values.setProperty("postgres.private.port", String.valueOf(cluster.port()));
    }

    void forgetPrivateCluster() {
        values.remove("postgres.private.binaries");
        values.remove("postgres.private.data");
        values.remove("postgres.private.port");
    }

    /** How the services reach PostgreSQL, e.g. "127.0.0.1:5432", and where that server came from. */
    void postgres(String hostAndPort, String origin) {
        values.setProperty("postgres.address", hostAndPort);
        values.setProperty("postgres.origin", origin);
    }

    Optional<String> postgresAddress() {
        return Optional.ofNullable(values.getProperty("postgres.address"));
    }

    Optional<String> postgresOrigin() {
        return Optional.ofNullable(values.getProperty("postgres.origin"));
    }

    /** @param external true when configured (O2C_KAFKA_BOOTSTRAP_SERVERS), false for the broker we run */
    void kafka(String bootstrapServers, boolean external) {
        values.setProperty("kafka.bootstrap", bootstrapServers);
        values.setProperty("kafka.external", String.valueOf(external));
    }

    Optional<String> kafkaBootstrapServers() {
        return Optional.ofNullable(values.getProperty("kafka.bootstrap"));
    }

    boolean kafkaExternal() {
        return Boolean.parseBoolean(values.getProperty("kafka.external"));
    }

    void save() {
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                values.store(out, "written by ./o2c up; read by ./o2c status and ./o2c down");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }
}
