package org.o2c.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.o2c.testing.infra.PostgresServer;

/**
 * What this machine can do without the platform, with the platform's data shapes: raw batched JDBC inserts of
 * event rows into a scratch table shaped like Axon's {@code domainevententry}, in a scratch database on the same
 * PostgreSQL server; and raw {@code kafka-clients} sends of the same InvoiceIssued records (value and headers) to a
 * scratch topic of the same broker with the relay's producer settings. Both scratch places are removed afterwards.
 */
final class Limits {
    static final String SCRATCH_DATABASE = "o2c_bench_limits";
    static final String SCRATCH_TOPIC = "o2c.bench.limits";

    /** The same columns, keys and indexes as the services' event store (platform/runtime migration). */
    private static final String EVENT_TABLE = """
            CREATE TABLE domainevententry (
                globalindex         BIGSERIAL    NOT NULL,
                aggregateidentifier VARCHAR(255) NOT NULL,
                sequencenumber      BIGINT       NOT NULL,
                type                VARCHAR(255),
                eventidentifier     VARCHAR(255) NOT NULL,
                metadata            BYTEA,
                payload             BYTEA        NOT NULL,
                payloadrevision     VARCHAR(255),
                payloadtype         VARCHAR(255) NOT NULL,
                timestamp           VARCHAR(255) NOT NULL,
                PRIMARY KEY (globalindex),
                UNIQUE (aggregateidentifier, sequencenumber),
                UNIQUE (eventidentifier)
            )""";

    private Limits() {
    }

    /** An event row as the invoicing service stored it: the bytes are reused, the identities are new. */
    record EventRow(String type, byte[] metadata, byte[] payload, String payloadType) {
    }

    record Measured(String what, long count, double seconds, double perSecond) {
    }

    /** Up to 500 of the latest InvoiceIssued rows of the invoicing event store. */
    static List<EventRow> sampleEventRows(PostgresServer postgres) throws SQLException {
        List<EventRow> rows = new ArrayList<>();
        try (Connection c = postgres.connect("o2c_invoicing");
             PreparedStatement select = c.prepareStatement("""
                     SELECT type, metadata, payload, payloadtype FROM domainevententry
                     WHERE payloadtype LIKE 'InvoiceIssued%' ORDER BY globalindex DESC LIMIT 500""");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new EventRow(rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4)));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("the invoicing event store holds no InvoiceIssued rows to copy");
        }
        return rows;
    }

    /**
     * Inserts rows for the given time from {@code connections} threads, {@code batch} rows per transaction
     * (pgJDBC rewrites a batch into multi-row INSERTs), and answers rows per second.
     */
    static Measured jdbc(PostgresServer postgres, List<EventRow> samples, int connections, int batch,
                         Duration duration) throws Exception {
        postgres.dropDatabase(SCRATCH_DATABASE);
        postgres.createDatabase(SCRATCH_DATABASE);
        try {
            try (Connection c = postgres.connect(SCRATCH_DATABASE); Statement s = c.createStatement()) {
                s.execute(EVENT_TABLE);
            }
            AtomicLong inserted = new AtomicLong();
            long deadline = System.nanoTime() + duration.toNanos();
            List<Thread> threads = new ArrayList<>();
            List<Exception> failures = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < connections; t++) {
                int offset = t;
                Thread thread = new Thread(() -> {
                    try (Connection c = scratchConnection(postgres)) {
                        insertUntil(c, samples, batch, deadline, offset, inserted);
                    } catch (Exception e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                    }
                }, "jdbc-limit-" + t);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            return new Measured("JDBC: event rows, " + batch + " per commit, " + connections + " connections",
                    inserted.get(), seconds, inserted.get() / seconds);
        } finally {
            postgres.dropDatabase(SCRATCH_DATABASE);
        }
    }

    private static Connection scratchConnection(PostgresServer postgres) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", postgres.user());
        if (postgres.password() != null) {
            props.setProperty("password", postgres.password());
        }
        props.setProperty("reWriteBatchedInserts", "true");
        Connection c = java.sql.DriverManager.getConnection(postgres.jdbcUrl(SCRATCH_DATABASE), props);
        c.setAutoCommit(false);
        return c;
    }

    private static void insertUntil(Connection c, List<EventRow> samples, int batch, long deadline, int offset,
                                    AtomicLong inserted) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                    payload, payloadrevision, payloadtype, timestamp) VALUES (?, 0, ?, ?, ?, ?, NULL, ?, ?)""")) {
            int next = offset;
            while (System.nanoTime() < deadline) {
                for (int i = 0; i < batch; i++) {
                    EventRow row = samples.get(next++ % samples.size());
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, row.type());
                    insert.setString(3, UUID.randomUUID().toString());
                    insert.setBytes(4, row.metadata());
                    insert.setBytes(5, row.payload());
                    insert.setString(6, row.payloadType());
                    insert.setString(7, Instant.now().toString());
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
                inserted.addAndGet(batch);
            }
        }
    }

    /**
     * Sends copies of the sampled records (new keys, same value and headers) for the given time with the relay's
     * producer settings, and answers acknowledged records per second.
     */
    static Measured kafka(String bootstrapServers, List<ConsumerRecord<String, byte[]>> samples, int partitions,
                          Duration duration) throws Exception {
        if (samples.isEmpty()) {
            throw new IllegalStateException("no InvoiceIssued records were seen on Kafka to copy");
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(SCRATCH_TOPIC)) {
                admin.deleteTopics(List.of(SCRATCH_TOPIC)).all().get(30, TimeUnit.SECONDS);
                Thread.sleep(1000);
            }
            admin.createTopics(List.of(new NewTopic(SCRATCH_TOPIC, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try {
                return send(bootstrapServers, samples, duration);
            } finally {
                admin.deleteTopics(List.of(SCRATCH_TOPIC)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Measured send(String bootstrapServers, List<ConsumerRecord<String, byte[]>> samples,
                                 Duration duration) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.CLIENT_ID_CONFIG, "o2c-bench-limits");
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastAck = new AtomicLong();
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            long deadline = start + duration.toNanos();
            int next = 0;
            while (System.nanoTime() < deadline) {
                ConsumerRecord<String, byte[]> sample = samples.get(next++ % samples.size());
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(SCRATCH_TOPIC,
                        UUID.randomUUID().toString(), sample.value());
                for (Header header : sample.headers()) {
                    record.headers().add(header.key(), header.value());
                }
                producer.send(record, (metadata, exception) -> {
                    if (exception == null) {
                        acknowledged.incrementAndGet();
                        lastAck.accumulateAndGet(System.nanoTime(), Math::max);
                    } else {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
        }
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " sends to " + SCRATCH_TOPIC + " failed");
        }
        double seconds = (lastAck.get() - start) / 1e9;
        int bytes = samples.get(0).value().length;
        return new Measured("Kafka: InvoiceIssued records (" + bytes + " B JSON + headers), acks=all, lz4",
                acknowledged.get(), seconds, acknowledged.get() / seconds);
    }
}
