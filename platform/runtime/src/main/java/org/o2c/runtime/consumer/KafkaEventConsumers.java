package org.o2c.runtime.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.o2c.events.EventEnvelope;
import org.o2c.events.PublishedEvent;
import org.o2c.runtime.axon.AxonRuntime;
import org.o2c.runtime.axon.ConflictRetry;
import org.o2c.runtime.kafka.KafkaSettings;
import org.o2c.runtime.kafka.Topics;
import org.o2c.runtime.problem.DependencyDown;

/**
 * Runs every {@link EventConsumer} of the service on its own thread (never an event-loop thread). Each poll is
 * taken in one transaction: for every record, the event id is recorded and the effect applied together; a
 * repeated id is skipped. Offsets are committed after the transaction, so a crash in between only redelivers
 * what the database already knows it has taken. A failed batch is rolled back and retried after a pause; a
 * consumer that fails unexpectedly starts over with a new Kafka client rather than dying.
 */
@Singleton
public class KafkaEventConsumers {
    private static final Logger LOG = Logger.getLogger(KafkaEventConsumers.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final int FETCH_BYTES = 64 * 1024;
    private static final Duration FETCH_WAIT = Duration.ofMillis(50);

    @Inject
    KafkaSettings settings;
    @Inject
    Topics topics;
    @Inject
    ConsumedEvents consumedEvents;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    @Any
    Instance<EventConsumer> consumers;

    private final List<Loop> loops = new ArrayList<>();

    void start(@Observes @Priority(AxonRuntime.STARTUP_PRIORITY + 10) StartupEvent event) {
        RecordDecoder decoder = new RecordDecoder(objectMapper);
        for (EventConsumer consumer : consumers) {
            topics.ensure(consumer.topics());
            Loop loop = new Loop(consumer, decoder);
            loops.add(loop);
            Thread thread = new Thread(loop, "o2c-consumer-" + consumer.name());
            thread.setDaemon(true);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        loops.forEach(Loop::stop);
    }

    /**
     * True when every consumer is polling and none is stuck: a consumer that cannot advance (its database is gone)
     * takes the service out of readiness at once, with the reason in {@link #states()}, so that operators see it.
     */
    public boolean healthy() {
        return loops.stream().allMatch(l -> l.polling.get() && l.failingSince == null);
    }

    /** Per consumer: "polling", "not polling" or "failing since ...: reason". */
    public Map<String, String> states() {
        Map<String, String> states = new TreeMap<>();
        for (Loop loop : loops) {
            states.put(loop.consumer.name(), loop.failingSince != null
                    ? "failing since " + loop.failingSince + ": " + loop.lastFailure
                    : loop.polling.get() ? "polling" : "not polling");
        }
        return states;
    }

    /**
     * Whether a failure says nothing about the events themselves, so that taking them again later will do: the
     * database is down, or a concurrent writer won a conflict. Any other failure of one event alone rejects it.
     */
    static boolean worthRetrying(Throwable failure) {
        return DependencyDown.isCause(failure) || ConflictRetry.isConflict(failure);
    }

    private final class Loop implements Runnable {
        private final EventConsumer consumer;
        private final RecordDecoder decoder;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicBoolean polling = new AtomicBoolean(false);
        private volatile KafkaConsumer<String, byte[]> kafka;
        private volatile Instant failingSince;
        private volatile String lastFailure;

        Loop(EventConsumer consumer, RecordDecoder decoder) {
            this.consumer = consumer;
            this.decoder = decoder;
        }

        /** Polls until stopped; after an unexpected failure it starts over with a new Kafka consumer. */
        @Override
        public void run() {
            while (running.get()) {
                try (KafkaConsumer<String, byte[]> client = newKafkaConsumer()) {
                    kafka = client;
                    client.subscribe(consumer.topics());
                    while (running.get()) {
                        ConsumerRecords<String, byte[]> records = client.poll(Duration.ofMillis(200));
                        polling.set(true);
                        if (!records.isEmpty()) {
                            takeOrRewind(client, records);
                        }
                    }
                } catch (WakeupException e) {
                    // stopping
                } catch (RuntimeException e) {
                    failed(e);
                    LOG.errorf(e, "consumer %s failed; starting it over", consumer.name());
                    pause(RETRY_PAUSE);
                } finally {
                    polling.set(false);
                }
            }
        }

        /**
         * A fetch waits up to {@link #FETCH_WAIT} for {@link #FETCH_BYTES} to gather, so that a busy topic is taken in
         * polls of hundreds of events (one transaction each) rather than many small ones; a quiet one costs at most
         * that wait in latency.
         */
        private KafkaConsumer<String, byte[]> newKafkaConsumer() {
            return new KafkaConsumer<>(settings.client(Map.of(
                    ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup(consumer.name()),
                    ConsumerConfig.CLIENT_ID_CONFIG, "o2c-" + settings.serviceName() + "-" + consumer.name(),
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500,
                    ConsumerConfig.FETCH_MIN_BYTES_CONFIG, FETCH_BYTES,
                    ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) FETCH_WAIT.toMillis(),
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")),
                    new StringDeserializer(), new ByteArrayDeserializer());
        }

        /**
         * Takes a poll in one transaction. If that fails because the database cannot be reached or another writer
         * changed the same aggregate or rows at the same time, nothing is taken: the consumer rewinds, is not ready,
         * and tries again after a pause. If it fails for another reason, one of
         * its events is poison (the consumer cannot take it): the poll is taken again event by event, each in its
         * own transaction, and an event that fails alone is rejected with its reason, so the events after it flow.
         */
        private void takeOrRewind(KafkaConsumer<String, byte[]> client, ConsumerRecords<String, byte[]> records) {
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(records.count());
            records.forEach(all::add);
            try {
                try {
                    QuarkusTransaction.requiringNew().run(() -> take(all));
                } catch (RuntimeException e) {
                    if (worthRetrying(e)) {
                        throw e;
                    }
                    LOG.warnf("consumer %s could not take a poll of %d records (%s); taking them one by one",
                            consumer.name(), all.size(), e);
                    all.forEach(this::takeOrReject);
                }
                client.commitSync();
                failingSince = null;
            } catch (RuntimeException e) {
                failed(e);
                LOG.errorf("consumer %s cannot advance, retrying in %d s: %s", consumer.name(),
                        RETRY_PAUSE.toSeconds(), DependencyDown.isCause(e) ? DependencyDown.reason(e) : e.toString());
                for (TopicPartition partition : records.partitions()) {
                    client.seek(partition, records.records(partition).get(0).offset());
                }
                pause(RETRY_PAUSE);
            }
        }

        /** Takes one record in its own transaction; a failure not {@link #worthRetrying worth retrying} rejects it. */
        private void takeOrReject(ConsumerRecord<String, byte[]> record) {
            try {
                QuarkusTransaction.requiringNew().run(() -> take(List.of(record)));
            } catch (RuntimeException e) {
                if (worthRetrying(e)) {
                    throw e;
                }
                String reason = "the consumer could not take it: " + e;
                LOG.errorf("consumer %s rejects %s-%d@%d: %s", consumer.name(), record.topic(), record.partition(),
                        record.offset(), reason);
                QuarkusTransaction.requiringNew().run(() -> {
                    RecordDecoder.eventId(record).ifPresent(eventId -> consumedEvents.firstTimes(consumer.name(), List
                            .of(eventId)));
                    consumedEvents.reject(consumer.name(), record.topic(), record.partition(), record.offset(),
                            reason, record.value());
                });
            }
        }

        /** Decodes records, records their event ids and hands the consumer those it has not taken before. */
        private void take(List<ConsumerRecord<String, byte[]>> records) {
            List<EventEnvelope<? extends PublishedEvent>> events = new ArrayList<>(records.size());
            for (ConsumerRecord<String, byte[]> record : records) {
                decode(record).ifPresent(events::add);
            }
            Set<String> firstTime = consumedEvents.firstTimes(consumer.name(),
                    events.stream().map(EventEnvelope::id).toList());
            List<EventEnvelope<? extends PublishedEvent>> fresh = new ArrayList<>(firstTime.size());
            for (EventEnvelope<? extends PublishedEvent> event : events) {
                if (firstTime.remove(event.id())) {
                    fresh.add(event);
                }
            }
            if (!fresh.isEmpty()) {
                consumer.consume(fresh);
            }
        }

        private Optional<EventEnvelope<? extends PublishedEvent>> decode(ConsumerRecord<String, byte[]> record) {
            try {
                return decoder.decode(record, consumer::takes);
            } catch (IOException | RuntimeException e) {
                LOG.errorf("consumer %s rejects %s-%d@%d: %s", consumer.name(), record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                consumedEvents.reject(consumer.name(), record.topic(), record.partition(), record.offset(),
                        String.valueOf(e.getMessage()), record.value());
                return Optional.empty();
            }
        }

        private void failed(RuntimeException e) {
            if (failingSince == null) {
                failingSince = Instant.now();
            }
            lastFailure = String.valueOf(e.getMessage());
        }

        private void pause(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.set(false);
            }
        }

        void stop() {
            running.set(false);
            KafkaConsumer<String, byte[]> client = kafka;
            if (client != null) {
                client.wakeup();
            }
        }
    }
}
