package org.o2c.runtime.consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.o2c.events.EventCatalog;
import org.o2c.events.EventEnvelope;
import org.o2c.events.EventHeaders;
import org.o2c.events.PublishedEvent;

/**
 * Reads a Kafka record written by the relay back into an envelope with its typed event, and refuses one that breaks
 * the event's {@link EventContract} or whose legal entity header contradicts its value.
 */
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
        Header type = null;
        Header id = null;
        Header source = null;
        Header subject = null;
        Header time = null;
        Header sequence = null;
        Header correlationId = null;
        Header causationId = null;
        Header legalEntity = null;
        Header actingUser = null;
        // one pass over the headers (a header given twice counts with its last value); values are read only for
        // a record that is taken
        for (Header header : record.headers()) {
            switch (header.key()) {
                case EventHeaders.TYPE -> type = header;
                case EventHeaders.ID -> id = header;
                case EventHeaders.SOURCE -> source = header;
                case EventHeaders.SUBJECT -> subject = header;
                case EventHeaders.TIME -> time = header;
                case EventHeaders.SEQUENCE -> sequence = header;
                case EventHeaders.CORRELATION_ID -> correlationId = header;
                case EventHeaders.CAUSATION_ID -> causationId = header;
                case EventHeaders.LEGAL_ENTITY -> legalEntity = header;
                case EventHeaders.ACTING_USER -> actingUser = header;
                default -> {
                    // spec version, content type and headers of later versions are not needed here
                }
            }
        }
        if (type == null || id == null) {
            throw new IOException("record has no " + EventHeaders.TYPE + " or " + EventHeaders.ID + " header");
        }
        String typeName = text(type);
        Optional<Class<? extends PublishedEvent>> eventClass = EventCatalog.classFor(typeName);
        if (eventClass.isEmpty() || !takes.test(eventClass.get())) {
            return Optional.empty();
        }
        PublishedEvent payload = json.readValue(record.value(), eventClass.get());
        List<String> broken = EventContract.violations(payload);
        if (!broken.isEmpty()) {
            throw new IOException(typeName + " breaks its contract: " + String.join("; ", broken));
        }
        if (legalEntity != null && !text(legalEntity).equals(payload.legalEntity())) {
            throw new IOException("the " + EventHeaders.LEGAL_ENTITY + " header (" + text(legalEntity)
                    + ") is not the event's legal entity (" + payload.legalEntity() + ")");
        }
        return Optional.of(new EventEnvelope<>(text(id), typeName, text(source), text(subject),
                time == null ? null : Instant.parse(text(time)), sequence == null ? -1 : Long.parseLong(text(sequence)),
                text(correlationId), text(causationId), text(legalEntity), text(actingUser), payload));
    }

    /** The record's event id ({@code ce_id}), if it has one. */
    static Optional<String> eventId(ConsumerRecord<String, byte[]> record) {
        return Optional.ofNullable(text(record.headers().lastHeader(EventHeaders.ID)));
    }

    private static String text(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
