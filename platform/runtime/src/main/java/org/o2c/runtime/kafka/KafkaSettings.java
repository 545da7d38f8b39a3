package org.o2c.runtime.kafka;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
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
     * beside the running one (environment {@code O2C_KAFKA_CONSUMER_GROUP_PREFIX}). Such an instance publishes
     * nothing (see {@link #relays()}).
     */
    @ConfigProperty(name = "o2c.kafka.consumer-group-prefix")
    Optional<String> consumerGroupPrefix;
    /** PLAINTEXT (the local stack, on loopback), SASL_PLAINTEXT, SASL_SSL or SSL. */
    @ConfigProperty(name = "o2c.kafka.security-protocol", defaultValue = "PLAINTEXT")
    String securityProtocol;
    @ConfigProperty(name = "o2c.kafka.sasl-mechanism", defaultValue = "SCRAM-SHA-512")
    String saslMechanism;
    /** The service's own Kafka user, which the broker's ACLs let write only the service's topic. */
    @ConfigProperty(name = "o2c.kafka.username")
    Optional<String> username;
    @ConfigProperty(name = "o2c.kafka.password")
    Optional<String> password;
    @ConfigProperty(name = "o2c.kafka.ssl-truststore-location")
    Optional<String> truststoreLocation;
    @ConfigProperty(name = "o2c.kafka.ssl-truststore-password")
    Optional<String> truststorePassword;
    /** For mutual TLS: the service's own certificate and key (PKCS12). */
    @ConfigProperty(name = "o2c.kafka.ssl-keystore-location")
    Optional<String> keystoreLocation;
    @ConfigProperty(name = "o2c.kafka.ssl-keystore-password")
    Optional<String> keystorePassword;

    /**
     * How every producer, consumer and admin client of the service reaches the broker: the bootstrap servers and,
     * when configured, its authentication (SASL/SCRAM with the service's user, or mutual TLS) and TLS trust.
     * Clients add their own settings to a copy.
     */
    public Map<String, Object> connection() {
        Map<String, Object> connection = new HashMap<>();
        connection.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        connection.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, securityProtocol);
        if (securityProtocol.startsWith("SASL")) {
            String user = username.orElseThrow(() -> new IllegalStateException(
                    "o2c.kafka.security-protocol " + securityProtocol
                            + " needs o2c.kafka.username (O2C_KAFKA_USERNAME)"));
            connection.put(SaslConfigs.SASL_MECHANISM, saslMechanism);
            connection.put(SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.scram.ScramLoginModule "
                    + "required username=\"" + quoted(user) + "\" password=\"" + quoted(password.orElse("")) + "\";");
        }
        truststoreLocation.ifPresent(location -> connection.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, location));
        truststorePassword.ifPresent(secret -> connection.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, secret));
        keystoreLocation.ifPresent(location -> {
            connection.put(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, location);
            connection.put(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, "PKCS12");
        });
        keystorePassword.ifPresent(secret -> connection.put(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, secret));
        return connection;
    }

    /** A client's settings on top of the connection. */
    public Map<String, Object> client(Map<String, Object> own) {
        Map<String, Object> settings = connection();
        settings.putAll(own);
        return settings;
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

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

    /**
     * Whether this instance relays its stored events to its topic: not when it rebuilds its read models beside the
     * running instance under a consumer-group prefix of its own, since what it stores (journal entries posted
     * again from the same events) the running instance has published already.
     */
    public boolean relays() {
        return consumerGroupPrefix.isEmpty();
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
