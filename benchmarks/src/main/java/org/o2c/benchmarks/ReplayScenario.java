package org.o2c.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.o2c.testing.process.ServiceProcess;

/**
 * Scenario {@code replay}: rebuilds the reporting read models from the topics from offset 0. A second
 * reporting-service process starts beside the running one, on a fresh empty database and with consumer groups of
 * its own ({@code O2C_KAFKA_CONSUMER_GROUP_PREFIX}), so its consumers read every topic from the beginning; the
 * clock stops when every one of its groups has committed the end offsets the topics had at its start. The rebuilt
 * AR aging is then compared with the running one.
 */
final class ReplayScenario {
    private static final int REPLAY_PORT = 8096;
    private static final String REPLAY_DATABASE = "o2c_reporting_replay";

    private final Stack stack;
    private final PrintStream out;
    private final Report report;

    ReplayScenario(Stack stack, PrintStream out, Report report) {
        this.stack = stack;
        this.out = out;
        this.report = report;
    }

    void run(Options options) throws Exception {
        int minInvoices = options.integer("min-invoices", 20_000);
        Duration seedBudget = options.seconds("seed-seconds", 300);
        Duration limit = options.seconds("replay-limit-seconds", 600);
        options.requireAllKnown();

        String runId = Long.toString(System.currentTimeMillis(), 36);
        PlatformApi api = new PlatformApi(stack.tokens().token("bench-replay", "integration"),
                Stack.url("invoicing"), Stack.url("reporting"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka()))) {
            long onTopic = records(admin, List.of("o2c.invoicing.events"));
            if (onTopic < minInvoices) {
                int missing = (int) (minInvoices - onTopic);
                out.printf("bench: o2c.invoicing.events holds %d records; seeding %d invoices first%n", onTopic, missing);
                Seeder.Result seeded = new Seeder(api, out, runId, LegalEntity.first(4))
                        .seed(missing, Math.max(1, missing / 20), Seeder.BATCH_CLIENTS, Seeder.BATCH_SIZE,
                                Seeder.CHUNK_CUSTOMERS, seedBudget, 365);
                report.note(String.format("Seeded %d invoices first (%.0f/s) so that the topics hold enough to replay.",
                        seeded.invoices(), seeded.invoicesPerSecond()));
            }
            // the running reporting-service must hold everything there is before the comparison at the end: every
            // service's consumers caught up (the ledger publishes open items a moment after the invoices) and the
            // topics no longer growing
            List<String> pipeline = activeGroups(admin, "o2c.");
            out.println("bench: waiting until every service has taken every event (" + pipeline + ")");
            awaitQuiet(admin, pipeline, Duration.ofMinutes(10));
            List<String> liveGroups = activeGroups(admin, "o2c.reporting.");

            String prefix = "o2c.bench-replay-" + runId;
            stack.postgres().dropDatabase(REPLAY_DATABASE);
            stack.postgres().createDatabase(REPLAY_DATABASE);
            Map<String, String> env = new HashMap<>(ServiceProcess.environment(stack.postgres(), REPLAY_DATABASE,
                    stack.kafka(), stack.publicKey()));
            env.put("O2C_KAFKA_CONSUMER_GROUP_PREFIX", prefix);
            Path log = stack.logs().resolve("reporting-replay.log");
            out.println("bench: starting a second reporting-service on port " + REPLAY_PORT + " with database "
                    + REPLAY_DATABASE + " and consumer groups " + prefix + ".*");
            long start = System.nanoTime();
            ServiceProcess replay = ServiceProcess.start("reporting-replay",
                    ServiceProcess.applicationJar(stack.root(), "reporting"), REPLAY_PORT, env, log,
                    List.of("-Xmx384m", "-XX:+UseSerialGC"));
            // an interrupted run (Ctrl-C) must not leave the second instance behind
            Thread stopReplay = new Thread(replay::stop, "stop-replay-instance");
            Runtime.getRuntime().addShutdownHook(stopReplay);
            try {
                CpuMeter cpu = new CpuMeter(stack, Map.of("reporting (replay)", replay.pid()));
                Map<String, Double> cpuBefore = cpu.read();
                replay.awaitReady(Duration.ofMinutes(3));
                double ready = (System.nanoTime() - start) / 1e9;
                out.printf("bench: replay instance ready after %.1f s; replaying%n", ready);
                Replayed replayed = awaitReplay(admin, prefix, liveGroups.size(), limit);
                double done = (System.nanoTime() - start) / 1e9;
                Map<String, Double> cores = CpuMeter.cores(cpuBefore, cpu.read(), done);
                double catchUp = done - ready;
                Report.Table table = report.table("replay", "Replay of the reporting read models from offset 0",
                        "consumer groups", "topics", "records", "start to ready s", "ready to caught up s",
                        "records/s (after ready)", "records/s (from start)");
                table.row(replayed.groups(), String.join(" ", replayed.topics()), replayed.records(), ready, catchUp,
                        replayed.records() / catchUp, replayed.records() / done);
                Report.Table cpuTable = report.table("replay-cpu", "CPU during the replay (cores used; 2 = the whole machine)",
                        "reporting (replay)", "kafka", "postgresql", "other services", "other", "machine");
                double services = Stack.SERVICES.stream().mapToDouble(s -> cores.getOrDefault(s, 0.0)).sum();
                cpuTable.row(cores.get("reporting (replay)"), cores.get("kafka"), cores.get("postgresql"), services,
                        cores.get("other"), cores.get("machine"));
                report.headline("replayed records", replayed.records());
                report.headline("replay records/s", replayed.records() / catchUp);
                compare(api);
            } finally {
                replay.stop();
                Runtime.getRuntime().removeShutdownHook(stopReplay);
                stack.postgres().dropDatabase(REPLAY_DATABASE);
                List<String> ours = groups(admin, prefix + ".");
                if (!ours.isEmpty()) {
                    admin.deleteConsumerGroups(ours).all().get(30, TimeUnit.SECONDS);
                }
            }
        }
        report.note("Records/s counts every record on the topics the replayed consumers subscribe to, from offset 0 to "
                + "the end offsets at the start of the replay, divided by the time from the replay instance being ready "
                + "to all its consumer groups having committed those offsets.");
    }

    /** The rebuilt aging must equal the running one: same totals per currency for the whole company. */
    private void compare(PlatformApi api) throws Exception {
        JsonNode live = api.aging("size=1").path("totals");
        JsonNode rebuilt = api.agingOf("http://localhost:" + REPLAY_PORT, "size=1").path("totals");
        boolean same = live.equals(rebuilt);
        report.headline("rebuilt aging equals running aging", same ? "yes" : "no");
        if (!same) {
            report.note("Running aging totals: " + live + "; rebuilt: " + rebuilt);
        }
    }

    record Replayed(int groups, Set<String> topics, long records) {
    }

    /** Waits until {@code expectedGroups} groups with the prefix have committed the end offsets of their topics. */
    private Replayed awaitReplay(Admin admin, String prefix, int expectedGroups, Duration limit) throws Exception {
        long begin = System.nanoTime();
        long deadline = begin + limit.toNanos();
        long lastReport = begin;
        Map<TopicPartition, Long> ends = null;
        while (System.nanoTime() < deadline) {
            List<String> groups = groups(admin, prefix + ".");
            if (groups.isEmpty() && System.nanoTime() - begin > TimeUnit.SECONDS.toNanos(60)) {
                throw new IllegalStateException("the replay instance formed no consumer group " + prefix + ".* within "
                        + "60 s: this reporting-service build does not read O2C_KAFKA_CONSUMER_GROUP_PREFIX (rebuild it: "
                        + "./mvnw install -DskipTests), or see .o2c/logs/reporting-replay.log");
            }
            if (groups.size() >= Math.max(1, expectedGroups)) {
                Map<String, Set<TopicPartition>> assigned = assignments(admin, groups);
                if (assigned.values().stream().noneMatch(Set::isEmpty)) {
                    Set<TopicPartition> partitions = new HashSet<>();
                    assigned.values().forEach(partitions::addAll);
                    if (ends == null || !ends.keySet().containsAll(partitions)) {
                        ends = offsets(admin, partitions, OffsetSpec.latest());
                    }
                    long behind = 0;
                    for (String group : groups) {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                        for (TopicPartition partition : assigned.get(group)) {
                            OffsetAndMetadata at = committed.get(partition);
                            behind += Math.max(0, ends.get(partition) - (at == null ? 0 : at.offset()));
                        }
                    }
                    if (behind == 0) {
                        Map<TopicPartition, Long> beginnings = offsets(admin, ends.keySet(), OffsetSpec.earliest());
                        long records = 0;
                        Set<String> topics = new java.util.TreeSet<>();
                        for (String group : groups) {
                            for (TopicPartition partition : assigned.get(group)) {
                                records += ends.get(partition) - beginnings.get(partition);
                                topics.add(partition.topic());
                            }
                        }
                        return new Replayed(groups.size(), topics, records);
                    }
                    if (System.nanoTime() - lastReport > TimeUnit.SECONDS.toNanos(15)) {
                        out.printf("bench: replay: %d records still to go%n", behind);
                        lastReport = System.nanoTime();
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the replay did not catch up within " + limit.toSeconds() + " s (groups "
                + groups(admin, prefix + ".") + "); is this reporting-service built with O2C_KAFKA_CONSUMER_GROUP_PREFIX "
                + "support? See .o2c/logs/reporting-replay.log");
    }

    /** Waits until the given groups have no lag. */
    private static void awaitCaughtUp(Admin admin, List<String> groups, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Set<TopicPartition>> assigned = assignments(admin, groups);
            long behind = 0;
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, Long> ends = offsets(admin, assigned.get(group), OffsetSpec.latest());
                for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    behind += Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
                }
            }
            if (behind == 0) {
                return;
            }
            Thread.sleep(1000);
        }
    }

    /** Waits until the groups are caught up and the services' topics hold no more records than the time before. */
    private static void awaitQuiet(Admin admin, List<String> groups, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> topics = Stack.SERVICES.stream().map(service -> "o2c." + service + ".events").toList();
        long before = -1;
        while (System.nanoTime() < deadline) {
            awaitCaughtUp(admin, groups, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            long now = records(admin, topics);
            if (now == before) {
                return;
            }
            before = now;
            Thread.sleep(2000);
        }
        throw new IllegalStateException("the services did not catch up with their topics within " + limit);
    }

    /** Groups with the prefix that have members now: a group left by an older build of the service has none. */
    private static List<String> activeGroups(Admin admin, String prefix) throws Exception {
        List<String> names = groups(admin, prefix);
        if (names.isEmpty()) {
            return names;
        }
        Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(names).all()
                .get(30, TimeUnit.SECONDS);
        return names.stream().filter(name -> !descriptions.get(name).members().isEmpty()).toList();
    }

    private static List<String> groups(Admin admin, String prefix) throws Exception {
        Collection<ConsumerGroupListing> listings = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS);
        List<String> names = new ArrayList<>();
        for (ConsumerGroupListing listing : listings) {
            if (listing.groupId().startsWith(prefix)) {
                names.add(listing.groupId());
            }
        }
        names.sort(null);
        return names;
    }

    private static Map<String, Set<TopicPartition>> assignments(Admin admin, List<String> groups) throws Exception {
        Map<String, Set<TopicPartition>> assigned = new LinkedHashMap<>();
        if (groups.isEmpty()) {
            return assigned;
        }
        Map<String, ConsumerGroupDescription> descriptions = admin.describeConsumerGroups(groups).all()
                .get(30, TimeUnit.SECONDS);
        for (String group : groups) {
            Set<TopicPartition> partitions = new HashSet<>();
            for (MemberDescription member : descriptions.get(group).members()) {
                partitions.addAll(member.assignment().topicPartitions());
            }
            assigned.put(group, partitions);
        }
        return assigned;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, Collection<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, Long> offsets = new HashMap<>();
        if (request.isEmpty()) {
            return offsets;
        }
        admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    /** Records on the topics, from the earliest to the latest offset. */
    private static long records(Admin admin, List<String> topics) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, description) ->
                description.partitions().forEach(p -> partitions.add(new TopicPartition(name, p.partition()))));
        Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> beginnings = offsets(admin, partitions, OffsetSpec.earliest());
        long records = 0;
        for (TopicPartition partition : partitions) {
            records += ends.get(partition) - beginnings.get(partition);
        }
        return records;
    }
}
