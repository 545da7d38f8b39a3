package org.o2c.runtime.relay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.o2c.events.EventCatalog;
import org.o2c.events.EventHeaders;
import org.o2c.events.PublishedEvent;
import org.o2c.runtime.axon.RequestMetaData;

/**
 * Relays published events from the service's event store to its Kafka topic. It runs in a streaming event
 * processor whose token lives in the same database: the token of a batch moves only after the broker has
 * acknowledged every record of that batch, so a crash re-sends and never loses (at-least-once; consumers
 * take each {@code ce_id} once).
 *
 * <p>The record's value is the event's JSON exactly as the event store holds it (the store and the topic use the
 * same serializer), so an event read from the store is sent without being deserialized and serialized again.
 */
public class KafkaEventRelay implements EventMessageHandler {
    public static final String PROCESSOR = "kafka-relay";
    private static final String PENDING = KafkaEventRelay.class.getName() + ".pending";
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private static final JsonFactory JSON = new JsonFactory();

    private final Producer<String, byte[]> producer;
    private final Serializer serializer;
    private final String topic;
    private final String source;

    /** {@code serializer} is the event store's: its stored payloads go to Kafka as they are. */
    public KafkaEventRelay(Producer<String, byte[]> producer, Serializer serializer, String topic, String serviceName) {
        this.producer = producer;
        this.serializer = serializer;
        this.topic = topic;
        this.source = "/o2c/" + serviceName;
    }

    @Override
    public Object handle(EventMessage<?> event) throws Exception {
        if (!EventCatalog.isPublished(event.getPayloadType())) {
            return null; // a service-internal event stays private
        }
        ProducerRecord<String, byte[]> record = toRecord(event);
        pendingAcknowledgements().add(producer.send(record));
        return null;
    }

    ProducerRecord<String, byte[]> toRecord(EventMessage<?> event) throws Exception {
        String key = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
        byte[] value = event.serializePayload(serializer, byte[].class).getData();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        Headers headers = record.headers();
        header(headers, EventHeaders.SPEC_VERSION, "1.0");
        header(headers, EventHeaders.ID, event.getIdentifier());
        header(headers, EventHeaders.TYPE, EventCatalog.typeOf(event.getPayloadType()));
        header(headers, EventHeaders.SOURCE, source);
        header(headers, EventHeaders.TIME, event.getTimestamp().toString());
        header(headers, EventHeaders.SUBJECT, key);
        header(headers, EventHeaders.CONTENT_TYPE, "application/json");
        if (event instanceof DomainEventMessage<?> domain) {
            header(headers, EventHeaders.SEQUENCE, Long.toString(domain.getSequenceNumber()));
        }
        if (PublishedEvent.class.isAssignableFrom(event.getPayloadType())) {
            header(headers, EventHeaders.LEGAL_ENTITY, legalEntity(value));
        }
        header(headers, EventHeaders.CORRELATION_ID, event.getMetaData().get(RequestMetaData.CORRELATION_ID));
        header(headers, EventHeaders.CAUSATION_ID, event.getMetaData().get(RequestMetaData.CAUSATION_ID));
        header(headers, EventHeaders.ACTING_USER, event.getMetaData().get(RequestMetaData.ACTING_USER));
        return record;
    }

    /** The top-level {@code legalEntity} of a published event's JSON, read without binding the rest of it. */
    private static String legalEntity(byte[] json) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("legalEntity")) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
                parser.skipChildren();
            }
            return null;
        }
    }

    /** The sends of the current batch; the batch commits (and its token moves) only once all are acknowledged. */
    private List<Future<RecordMetadata>> pendingAcknowledgements() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            List<Future<RecordMetadata>> pending = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> awaitAll(pending));
            return pending;
        });
    }

    private static void awaitAll(List<Future<RecordMetadata>> pending) {
        try {
            for (Future<RecordMetadata> ack : pending) {
                ack.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge the batch; it will be sent again", e);
        }
    }

    private static void header(Headers headers, String name, Object value) {
        if (value != null) {
            headers.add(name, value.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
