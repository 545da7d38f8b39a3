package org.o2c.testing.infra;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds Kafka: explicit bootstrap servers from {@code O2C_KAFKA_BOOTSTRAP_SERVERS}, else a real broker from the
 * Apache Kafka artifacts (in-process here; the local stack runs the same artifacts as a process of its own).
 */
public final class KafkaLocator {
    private KafkaLocator() {
    }

    public static Optional<String> configuredBootstrapServers() {
        String configured = System.getenv("O2C_KAFKA_BOOTSTRAP_SERVERS");
        if (configured == null || configured.isBlank()) {
            configured = System.getProperty("o2c.kafka.bootstrap.servers");
        }
        return Optional.ofNullable(configured).filter(s -> !s.isBlank());
    }

    /** Bootstrap servers and, when it was started here, the broker to close. */
    public record Located(String bootstrapServers, EmbeddedKafka started) {
    }

    public static Located locateInProcess(Path baseDirectory) {
        return configuredBootstrapServers().map(s -> new Located(s, null)).orElseGet(() -> {
            EmbeddedKafka kafka = EmbeddedKafka.start(baseDirectory);
            return new Located(kafka.bootstrapServers(), kafka);
        });
    }
}
