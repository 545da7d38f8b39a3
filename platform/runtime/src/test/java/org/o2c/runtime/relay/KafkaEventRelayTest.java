package org.o2c.runtime.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.runtime.axon.WireNameSerializer;
import org.o2c.runtime.json.PlatformJson;

/**
 * The relay's promise: a batch (and with it the processor's token) commits only once Kafka has acknowledged
 * every record of it. Here no broker answers, so the batch must not commit.
 */
class KafkaEventRelayTest {
    private static final Serializer SERIALIZER = new WireNameSerializer(
            JacksonSerializer.builder().objectMapper(PlatformJson.newMapper()), java.util.List.of());

    @Test
    void aBatchThatKafkaDidNotAcknowledgeDoesNotCommit() throws IOException {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + portWithoutBroker(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 500,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 500,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1000),
                new StringSerializer(), new ByteArraySerializer())) {
            KafkaEventRelay relay = new KafkaEventRelay(producer, SERIALIZER, "o2c.test.events", "test");
            EventMessage<?> event = new GenericDomainEventMessage<>("CustomerAccount", UUID.randomUUID().toString(),
                    0, new CustomerRegistered(UUID.randomUUID(), "Käserei Huber", "DE01", "EUR", 30));
            DefaultUnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(event);
            AtomicBoolean committed = new AtomicBoolean();
            batch.afterCommit(u -> committed.set(true));

            assertThatThrownBy(() -> batch.execute(() -> {
                try {
                    relay.handle(event);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            })).hasMessageContaining("Kafka did not acknowledge the batch");

            assertThat(batch.isRolledBack()).as("the batch rolled back").isTrue();
            assertThat(committed).as("nothing committed, so the token did not move").isFalse();
        }
    }

    @Test
    void aRecordCarriesTheKeyAndCloudEventsHeaders() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + portWithoutBroker()),
                new StringSerializer(), new ByteArraySerializer())) {
            KafkaEventRelay relay = new KafkaEventRelay(producer, SERIALIZER, "o2c.test.events", "test");
            String aggregate = UUID.randomUUID().toString();
            var record = relay.toRecord(new GenericDomainEventMessage<>("CustomerAccount", aggregate, 3,
                    new CustomerRegistered(UUID.randomUUID(), "Käserei Huber", "DE01", "EUR", 30)));
            assertThat(record.key()).isEqualTo(aggregate);
            assertThat(new String(record.headers().lastHeader("ce_type").value())).isEqualTo("CustomerRegistered.v1");
            assertThat(new String(record.headers().lastHeader("ce_sequence").value())).isEqualTo("3");
            assertThat(new String(record.headers().lastHeader("ce_legalentity").value())).isEqualTo("DE01");
            assertThat(new String(record.value())).contains("\"name\":\"Käserei Huber\"");
        }
    }

    @Test
    void anEventFromTheStoreGoesOutAsStoredWithoutBeingDeserialized() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + portWithoutBroker()),
                new StringSerializer(), new ByteArraySerializer())) {
            KafkaEventRelay relay = new KafkaEventRelay(producer, SERIALIZER, "o2c.test.events", "test");
            SerializedObject<byte[]> stored = SERIALIZER.serialize(
                    new CustomerRegistered(UUID.randomUUID(), "Käserei Huber", "FR01", "EUR", 30), byte[].class);
            SerializedMessage<CustomerRegistered> fromStore = new SerializedMessage<>(UUID.randomUUID().toString(),
                    stored, SERIALIZER.serialize(MetaData.emptyInstance(), byte[].class), SERIALIZER);

            var record = relay.toRecord(new GenericDomainEventMessage<>("CustomerAccount",
                    UUID.randomUUID().toString(), 0, fromStore, Instant::now));

            assertThat(record.value()).isEqualTo(stored.getData());
            assertThat(new String(record.headers().lastHeader("ce_type").value())).isEqualTo("CustomerRegistered.v1");
            assertThat(new String(record.headers().lastHeader("ce_legalentity").value())).isEqualTo("FR01");
            assertThat(fromStore.isPayloadDeserialized()).as("payload deserialized").isFalse();
        }
    }

    private static int portWithoutBroker() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
