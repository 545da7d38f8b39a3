package org.o2c.testing.kafka;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.o2c.events.EventCatalog;
import org.o2c.events.EventHeaders;
import org.o2c.events.PublishedEvent;

/**
 * Publishes events onto another service's topic as that service would: key = aggregate id, JSON value, CloudEvents
 * headers. Lets a service's tests feed it the events it consumes without running the publisher.
 */
public final class TopicWriter implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    static {
        JSON.configOverride(BigDecimal.class).setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING));
    }

    private final KafkaProducer<String, String> producer;

    public TopicWriter(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer());
    }

    /** Publishes {@code event} on {@code o2c.<service>.events} under a new event id, which it returns. */
    public String publish(String service, UUID aggregateId, PublishedEvent event) {
        String eventId = UUID.randomUUID().toString();
        publish(service, aggregateId, event, eventId);
        return eventId;
    }

    /** Publishes with a given event id: publishing the same id twice is a redelivery. */
    public void publish(String service, UUID aggregateId, PublishedEvent event, String eventId) {
        String json;
        try {
            json = JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        ProducerRecord<String, String> record = new ProducerRecord<>("o2c." + service + ".events",
                aggregateId.toString(), json);
        header(record, EventHeaders.SPEC_VERSION, "1.0");
        header(record, EventHeaders.ID, eventId);
        header(record, EventHeaders.TYPE, EventCatalog.typeOf(event.getClass()));
        header(record, EventHeaders.SOURCE, "/o2c/" + service);
        header(record, EventHeaders.SUBJECT, aggregateId.toString());
        header(record, EventHeaders.TIME, Instant.now().toString());
        header(record, EventHeaders.LEGAL_ENTITY, event.legalEntity());
        header(record, EventHeaders.CONTENT_TYPE, "application/json");
        send(record);
    }

    /**
     * Writes a record as anyone who can reach the broker could: the headers of an event type with any value, e.g.
     * one that breaks the type's contract.
     */
    public void publishRaw(String service, UUID key, String type, String legalEntity, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>("o2c." + service + ".events", key.toString(),
                value);
        header(record, EventHeaders.ID, UUID.randomUUID().toString());
        header(record, EventHeaders.TYPE, type);
        header(record, EventHeaders.SOURCE, "/o2c/" + service);
        header(record, EventHeaders.LEGAL_ENTITY, legalEntity);
        send(record);
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + record.headers(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close();
    }
}
