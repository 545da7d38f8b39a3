package org.o2c.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the invoicing and payments topics as an operator's tool would (no consumer group, from the end) and times
 * two stages of the pipeline for every invoice:
 * <ul>
 *   <li>relay lag: the event's own timestamp ({@code ce_time}, stamped when the invoice aggregate applied it inside
 *   the request) to the Kafka record's timestamp (stamped when the relay handed the record to its producer);</li>
 *   <li>ledger lag: the same {@code ce_time} to the timestamp of the payments topic's {@code OpenItemRecorded} for
 *   that invoice (relay, payments consumer, receivable account, payments relay), when the payments service
 *   publishes one.</li>
 * </ul>
 * Each lag belongs to the moment the invoice was issued, so that it can be summed up per load step.
 */
final class PipelineWatch implements AutoCloseable {
    private static final String INVOICING = "o2c.invoicing.events";
    private static final String PAYMENTS = "o2c.payments.events";

    /** When an invoice's event was stamped, and how long a stage took for it, in microseconds. */
    private record Lag(long stampedMillis, long micros) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Lag> relayLags = new ArrayList<>();
    private final List<Lag> ledgerLags = new ArrayList<>();
    private final Map<String, Long> issuedAt = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > 500_000;
        }
    };
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private volatile long invoicesSeen;
    private volatile long openItemsSeen;
    private final List<ConsumerRecord<String, byte[]>> samples = new ArrayList<>();

    PipelineWatch(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "o2c-bench-pipeline-watch");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(INVOICING, PAYMENTS)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null) {
                infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes the positions now, before any load starts
        thread = new Thread(this::poll, "pipeline-watch");
        thread.setDaemon(true);
        thread.start();
    }

    long invoicesSeen() {
        return invoicesSeen;
    }

    long openItemsSeen() {
        return openItemsSeen;
    }

    /** Up to 1000 InvoiceIssued records as the relay wrote them: the payloads the Kafka limit is measured with. */
    List<ConsumerRecord<String, byte[]>> samples() {
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    private void poll() {
        while (running.get()) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                String type = header(record, "ce_type");
                if (type == null) {
                    continue;
                }
                if (record.topic().equals(INVOICING) && type.startsWith("InvoiceIssued.")) {
                    invoiceIssued(record);
                } else if (record.topic().equals(PAYMENTS) && type.startsWith("OpenItemRecorded.")) {
                    openItemRecorded(record);
                }
            }
        }
        consumer.close();
    }

    private void invoiceIssued(ConsumerRecord<String, byte[]> record) {
        String time = header(record, "ce_time");
        if (time == null) {
            return;
        }
        long stored = Instant.parse(time).toEpochMilli();
        synchronized (issuedAt) {
            issuedAt.put(record.key(), stored);
        }
        invoicesSeen++;
        synchronized (samples) {
            if (samples.size() < 1000) {
                samples.add(record);
            }
        }
        synchronized (relayLags) {
            relayLags.add(new Lag(stored, (record.timestamp() - stored) * 1000));
        }
    }

    private void openItemRecorded(ConsumerRecord<String, byte[]> record) {
        openItemsSeen++;
        String invoiceId;
        try {
            JsonNode value = PlatformApi.JSON.readTree(record.value());
            invoiceId = value.path("invoiceId").asText(null);
        } catch (java.io.IOException e) {
            return;
        }
        Long stored;
        synchronized (issuedAt) {
            stored = invoiceId == null ? null : issuedAt.remove(invoiceId);
        }
        if (stored == null) {
            return;
        }
        synchronized (ledgerLags) {
            ledgerLags.add(new Lag(stored, (record.timestamp() - stored) * 1000));
        }
    }

    /**
     * Invoices stamped in [from, to) that reached the invoicing topic but have no OpenItemRecorded yet; zero when
     * the payments topic carries no OpenItemRecorded at all (a ledger that does not publish them).
     */
    long ledgerMissing(Instant from, Instant to) {
        if (openItemsSeen == 0) {
            return 0;
        }
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        synchronized (issuedAt) {
            return issuedAt.values().stream().filter(t -> t >= start && t < end).count();
        }
    }

    /** Relay lags of the invoices whose events were stamped in [from, to). */
    Percentiles relay(Instant from, Instant to) {
        return of(relayLags, from, to);
    }

    /** Ledger lags of the invoices whose events were stamped in [from, to). */
    Percentiles ledger(Instant from, Instant to) {
        return of(ledgerLags, from, to);
    }

    private static Percentiles of(List<Lag> lags, Instant from, Instant to) {
        Histogram histogram = Percentiles.histogram();
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        synchronized (lags) {
            for (Lag lag : lags) {
                if (lag.stampedMillis() >= start && lag.stampedMillis() < end) {
                    Percentiles.recordMicros(histogram, lag.micros());
                }
            }
        }
        return Percentiles.of(histogram);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(5000);
    }
}
