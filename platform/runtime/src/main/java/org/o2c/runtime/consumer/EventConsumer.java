package org.o2c.runtime.consumer;

import java.util.List;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;

/**
 * A projection or policy fed by other services' topics. Every CDI bean implementing this gets its own consumer
 * group and thread. {@link #consume} runs inside a transaction together with the record that the event was
 * taken, so each event takes effect exactly once, however often Kafka delivers it.
 */
public interface EventConsumer {

    /** Stable name: the consumer group is {@code o2c.<service>.<name>} and the dedupe key is scoped by it. */
    String name();

    List<String> topics();

    void consume(EventEnvelope<? extends PublishedEvent> event);
}
