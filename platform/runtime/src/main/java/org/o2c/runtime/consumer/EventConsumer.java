package org.o2c.runtime.consumer;

import java.util.List;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;

/**
 * A projection or policy fed by other services' topics. Every CDI bean implementing this gets its own consumer
 * group and thread. {@link #consume} runs inside a transaction together with the record that the events were
 * taken, so each event takes effect exactly once, however often Kafka delivers it.
 */
public interface EventConsumer {

    /** Stable name: the consumer group is {@code o2c.<service>.<name>} and the dedupe key is scoped by it. */
    String name();

    List<String> topics();

    /**
     * Whether this consumer acts on events of this type at all. Records of other types on its topics are passed over
     * unread (not even parsed), which matters on a busy topic where the consumer wants only a rare type.
     */
    default boolean takes(Class<? extends PublishedEvent> eventType) {
        return true;
    }

    /**
     * The new events of one poll, in topic order per partition, in the poll's transaction (never empty). A consumer
     * takes them together where it can do better than one by one: one JDBC batch per kind of row, or their commands
     * as one unit of work.
     */
    void consume(List<EventEnvelope<? extends PublishedEvent>> events);
}
