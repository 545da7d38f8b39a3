package org.o2c.runtime.kafka;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the broker is and how the service's topics are laid out. */
@Singleton
public class KafkaSettings {
    @ConfigProperty(name = "o2c.service.name")
    String serviceName;
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String bootstrapServers;
    @ConfigProperty(name = "o2c.kafka.partitions", defaultValue = "6")
    int partitions;
    @ConfigProperty(name = "o2c.kafka.replication-factor", defaultValue = "1")
    short replicationFactor;
    /**
     * Consumer groups are {@code <prefix>.<consumer>}, by default {@code o2c.<service>.<consumer>}. Another prefix
     * gives an instance groups of its own, which read every topic from offset 0: how a read model is rebuilt
     * beside the running one (environment {@code O2C_KAFKA_CONSUMER_GROUP_PREFIX}).
     */
    @ConfigProperty(name = "o2c.kafka.consumer-group-prefix")
    Optional<String> consumerGroupPrefix;

    public String serviceName() {
        return serviceName;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public int partitions() {
        return partitions;
    }

    public short replicationFactor() {
        return replicationFactor;
    }

    public String consumerGroup(String consumerName) {
        return consumerGroupPrefix.orElse("o2c." + serviceName) + "." + consumerName;
    }

    /** The service's own topic, {@code o2c.<service>.events}. */
    public String ownTopic() {
        return topicOf(serviceName);
    }

    public static String topicOf(String service) {
        return "o2c." + service + ".events";
    }
}
