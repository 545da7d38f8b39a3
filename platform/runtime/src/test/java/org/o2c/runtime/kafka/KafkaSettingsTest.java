package org.o2c.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KafkaSettingsTest {

    private static KafkaSettings settings(String protocol) {
        KafkaSettings settings = new KafkaSettings();
        settings.serviceName = "payments";
        settings.bootstrapServers = "kafka-1:9094";
        settings.securityProtocol = protocol;
        settings.saslMechanism = "SCRAM-SHA-512";
        settings.username = Optional.empty();
        settings.password = Optional.empty();
        settings.truststoreLocation = Optional.empty();
        settings.truststorePassword = Optional.empty();
        settings.keystoreLocation = Optional.empty();
        settings.keystorePassword = Optional.empty();
        settings.consumerGroupPrefix = Optional.empty();
        return settings;
    }

    @Test
    void onLoopbackAClientNeedsOnlyTheBootstrapServers() {
        Map<String, Object> connection = settings("PLAINTEXT").client(Map.of("acks", "all"));
        assertThat(connection).containsEntry("bootstrap.servers", "kafka-1:9094")
                .containsEntry("security.protocol", "PLAINTEXT").containsEntry("acks", "all")
                .doesNotContainKey("sasl.jaas.config");
    }

    @Test
    void saslScramLogsInAsTheServicesOwnUserOverTls() {
        KafkaSettings settings = settings("SASL_SSL");
        settings.username = Optional.of("o2c-payments");
        settings.password = Optional.of("s3cr\"et");
        settings.truststoreLocation = Optional.of("/etc/o2c/kafka/truststore.p12");
        settings.truststorePassword = Optional.of("changeit");
        Map<String, Object> connection = settings.connection();
        assertThat(connection).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"o2c-payments\" password=\"s3cr\\\"et\";")
                .containsEntry("ssl.truststore.location", "/etc/o2c/kafka/truststore.p12");
    }

    @Test
    void mutualTlsPresentsTheServicesCertificate() {
        KafkaSettings settings = settings("SSL");
        settings.keystoreLocation = Optional.of("/etc/o2c/kafka/payments.p12");
        settings.keystorePassword = Optional.of("changeit");
        assertThat(settings.connection()).containsEntry("ssl.keystore.location", "/etc/o2c/kafka/payments.p12")
                .containsEntry("ssl.keystore.type", "PKCS12").doesNotContainKey("sasl.mechanism");
    }

    @Test
    void saslWithoutAUserIsAConfigurationError() {
        assertThatThrownBy(() -> settings("SASL_SSL").connection()).hasMessageContaining("O2C_KAFKA_USERNAME");
    }
}
