package org.o2c.runtime.consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.o2c.events.EventCatalog;
import org.o2c.events.EventEnvelope;
import org.o2c.events.EventHeaders;
import org.o2c.events.PublishedEvent;

/** Reads a Kafka record written by the relay back into an envelope with its typed event. */
public final class RecordDecoder {
    private final ObjectMapper json;

    /**
     * Reads leniently: a publisher one version ahead may add optional fields to an event type, and a consumer
     * must still take the event rather than lose it (requests, by contrast, are read strictly).
     */
    public RecordDecoder(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Empty for a type this platform version does not know and for a type the reader does not take; such records
     * are passed over without their value being parsed.
     */
    public Optional<EventEnvelope<? extends PublishedEvent>> decode(ConsumerRecord<String, byte[]> record,
                                                                    Predicate<Class<? extends PublishedEvent>> takes)
            throws IOException {
        String type = header(record, EventHeaders.TYPE);
        String id = header(record, EventHeaders.ID);
        if (type == null || id == null) {
            throw new IOException("record has no " + EventHeaders.TYPE + " or " + EventHeaders.ID + " header");
        }
        Optional<Class<? extends PublishedEvent>> eventClass = EventCatalog.classFor(type);
        if (eventClass.isEmpty() || !takes.test(eventClass.get())) {
            return Optional.empty();
        }
        PublishedEvent payload = json.readValue(record.value(), eventClass.get());
        String time = header(record, EventHeaders.TIME);
        String sequence = header(record, EventHeaders.SEQUENCE);
        return Optional.of(new EventEnvelope<>(id, type, header(record, EventHeaders.SOURCE),
                header(record, EventHeaders.SUBJECT), time == null ? null : Instant.parse(time),
                sequence == null ? -1 : Long.parseLong(sequence), header(record, EventHeaders.CORRELATION_ID),
                header(record, EventHeaders.CAUSATION_ID), header(record, EventHeaders.LEGAL_ENTITY),
                header(record, EventHeaders.ACTING_USER), payload));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
