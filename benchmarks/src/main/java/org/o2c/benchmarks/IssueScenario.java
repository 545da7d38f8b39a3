package org.o2c.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Scenario {@code issue}: POST /api/v1/invoices at stepped target rates (open model), with per step the achieved
 * rate, latency, errors, relay lag, ledger lag and projection lag, the CPU used by each process; then the
 * machine's limits with the same data shapes and the ratio of the platform's sustained rate to each; and, with
 * {@code --jfr}, where invoicing-service spends its CPU at the highest sustained rate.
 */
final class IssueScenario {
    private final Stack stack;
    private final PrintStream out;
    private final Report report;

    IssueScenario(Stack stack, PrintStream out, Report report) {
        this.stack = stack;
        this.out = out;
        this.report = report;
    }

    /** A step holds when it reached 95 % of its target with under 1 % errors and a p99 latency under 2 s. */
    private static boolean held(OpenLoad.StepResult step) {
        return step.achievedRate() >= 0.95 * step.targetRate()
                && step.errorCount() <= 0.01 * step.scheduled()
                && step.latency().p99() < 2000;
    }

    /** Longest lag a step may show and still count as kept up with: a user sees the invoice in the aging by then. */
    private static final double PIPELINE_LIMIT_MS = 5000;

    /** What the pipeline did with one step's invoices. */
    private record Pipeline(Percentiles relay, Percentiles ledger, long ledgerMissing, Percentiles projection,
                            long projectionMissing) {
        /** Every stage within the limit and nothing left behind: the rate can go on for as long as it lasts. */
        boolean keptUp() {
            return relay.count() > 0 && relay.p99() < PIPELINE_LIMIT_MS
                    && ledgerMissing == 0 && (ledger.count() == 0 || ledger.p99() < PIPELINE_LIMIT_MS)
                    && projectionMissing == 0 && projection.count() > 0 && projection.p99() < PIPELINE_LIMIT_MS;
        }
    }

    /** A step so far behind that higher rates only measure a queue. */
    private static boolean overloaded(OpenLoad.StepResult step) {
        return step.achievedRate() < 0.8 * step.targetRate() || step.latency().p99() > 10_000
                || step.errorCount() > 0.1 * step.scheduled();
    }

    void run(Options options) throws Exception {
        List<Integer> rates = options.integers("rates", "25,50,100,200,300,400,500,600");
        Duration stepLength = options.seconds("step-seconds", 30);
        Duration warmup = options.seconds("warmup-seconds", 30);
        int warmupRate = options.integer("warmup-rate", 100);
        int customerCount = options.integer("customers", 100);
        int entityCount = options.integer("legal-entities", 2);
        double probesPerSecond = options.integer("probes-per-10s", 20) / 10.0;
        String jfr = options.text("jfr", "");
        Duration limitLength = options.seconds("limit-seconds", 15);
        int jdbcConnections = options.integer("limit-jdbc-connections", 2);
        int jdbcBatch = options.integer("limit-jdbc-batch", 100);
        options.requireAllKnown();

        String runId = Long.toString(System.currentTimeMillis(), 36);
        PlatformApi api = new PlatformApi(stack.tokens().token("bench-load", "integration"),
                Stack.url("invoicing"), Stack.url("reporting"));
        List<LegalEntity> entities = LegalEntity.first(entityCount);
        Random random = new Random(42);
        out.printf("bench: registering %d customers and %d probe customers%n", customerCount, 4);
        List<PlatformApi.Customer> customers = new ArrayList<>();
        for (int i = 0; i < customerCount; i++) {
            LegalEntity entity = entities.get(i % entities.size());
            customers.add(api.registerCustomer("Bench customer " + runId + "-" + i, entity,
                    "bench-customer-" + runId + "-" + i, random));
        }
        List<PlatformApi.Customer> probeCustomers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            LegalEntity entity = entities.get(i % entities.size());
            probeCustomers.add(api.registerCustomer("Bench probe " + runId + "-" + i, entity,
                    "bench-probe-customer-" + runId + "-" + i, random));
        }

        Map<String, Profiler> profilers = Profiler.forServices(stack, jfr, runId);

        OpenLoad load = new OpenLoad(api, customers, runId);
        CpuMeter cpu = new CpuMeter(stack, Map.of());
        List<OpenLoad.StepResult> steps = new ArrayList<>();
        List<Map<String, Double>> stepCores = new ArrayList<>();
        try (PipelineWatch watch = new PipelineWatch(stack.kafka());
             ProjectionProbe probe = new ProjectionProbe(api, probeCustomers, probesPerSecond, runId)) {
            out.printf("bench: warm-up at %d invoices/s for %d s%n", warmupRate, warmup.toSeconds());
            OpenLoad.StepResult warm = load.run(warmupRate, warmup);
            out.printf("bench: warm-up done: %.1f/s, p99 %.0f ms, %d errors%n", warm.achievedRate(),
                    warm.latency().p99(), warm.errorCount());
            for (Profiler profiler : profilers.values()) {
                profiler.start();
            }
            for (int rate : rates) {
                Thread.sleep(3000);
                Map<String, Double> before = cpu.read();
                long wallStart = System.nanoTime();
                OpenLoad.StepResult step = load.run(rate, stepLength);
                double wall = (System.nanoTime() - wallStart) / 1e9;
                stepCores.add(CpuMeter.cores(before, cpu.read(), wall));
                steps.add(step);
                out.printf("bench: target %d/s: achieved %.1f/s, p50 %.0f ms, p99 %.0f ms, %d errors%s%n", rate,
                        step.achievedRate(), step.latency().p50(), step.latency().p99(), step.errorCount(),
                        held(step) ? "" : " (requests did not hold)");
                if (overloaded(step)) {
                    out.println("bench: the platform is overloaded at this rate; no higher steps");
                    break;
                }
            }
            // the lags of the last step are still arriving
            Thread.sleep(10_000);
            for (Profiler profiler : profilers.values()) {
                profiler.stop();
            }
            List<Pipeline> pipelines = new ArrayList<>();
            for (OpenLoad.StepResult step : steps) {
                Instant from = step.start();
                Instant to = step.end().plus(step.drain());
                pipelines.add(new Pipeline(watch.relay(from, to), watch.ledger(from, to), watch.ledgerMissing(from, to),
                        probe.lag(from, to), probe.missing(from, to)));
            }
            stepTables(steps, pipelines, stepCores, probe);

            OpenLoad.StepResult best = null;
            OpenLoad.StepResult bestAccepted = null;
            for (int i = 0; i < steps.size(); i++) {
                OpenLoad.StepResult step = steps.get(i);
                if (held(step) && (bestAccepted == null || step.achievedRate() > bestAccepted.achievedRate())) {
                    bestAccepted = step;
                }
                if (held(step) && pipelines.get(i).keptUp() && (best == null || step.achievedRate() > best.achievedRate())) {
                    best = step;
                }
            }
            double sustained = best == null ? 0 : best.achievedRate();
            report.headline("platform sustained invoices/s (accepted and in aging within 5 s)", sustained);
            report.headline("sustained at target rate/s", best == null ? null : (int) best.targetRate());
            report.headline("invoices/s accepted by REST alone (pipeline falling behind)",
                    bestAccepted == null ? 0.0 : bestAccepted.achievedRate());

            out.println("bench: measuring the machine's limits (JDBC, Kafka) with the same data shapes");
            List<Limits.EventRow> rows = Limits.sampleEventRows(stack.postgres());
            Limits.Measured batched = Limits.jdbc(stack.postgres(), rows, jdbcConnections, jdbcBatch, limitLength);
            Limits.Measured single = Limits.jdbc(stack.postgres(), rows, jdbcConnections, 1, limitLength);
            Limits.Measured kafka = Limits.kafka(stack.kafka(), watch.samples(), 6, limitLength);
            Report.Table limits = report.table("limits", "Limits of this machine (same shapes, no platform)",
                    "limit", "count", "seconds", "per second", "platform / limit");
            for (Limits.Measured m : List.of(batched, single, kafka)) {
                limits.row(m.what(), m.count(), m.seconds(), m.perSecond(), sustained / m.perSecond());
            }
            report.headline("raw JDBC event rows/s (batched)", batched.perSecond());
            report.headline("raw Kafka records/s", kafka.perSecond());
            report.headline("platform / raw JDBC batched", sustained / batched.perSecond());
            report.headline("platform / raw JDBC one row per commit", sustained / single.perSecond());
            report.headline("platform / raw Kafka", sustained / kafka.perSecond());

            OpenLoad.StepResult profiled = best != null ? best : bestAccepted != null ? bestAccepted
                    : steps.get(steps.size() - 1);
            String at = String.format("at %.0f/s target", profiled.targetRate());
            for (Map.Entry<String, Profiler> profiler : profilers.entrySet()) {
                profiler.getValue().report(report, profiler.getKey(), at, profiled.start(), profiled.end());
            }
        }
        report.note("Latency is measured from each request's scheduled send time (open model), so queueing in the "
                + "load generator or the platform counts. Requests hold when a step reaches 95 % of its target rate with "
                + "under 1 % errors and p99 under 2 s; the pipeline keeps up when relay, ledger and projection lag p99 "
                + "stay under 5 s and every invoice of the step arrived. 'Sustained' is the best step where both hold.");
        report.note("Relay lag: event timestamp (ce_time, set inside the request) to the Kafka record timestamp of "
                + "o2c.invoicing.events. Ledger lag: the same ce_time to the OpenItemRecorded record on "
                + "o2c.payments.events (empty while payments-service publishes none). Projection lag: 201 Created to "
                + "GET /api/v1/reports/ar-aging?customerId= counting the invoice, sampled by probe customers.");
        report.note("The load generator runs on the same two cores as the platform; its CPU is in the CPU table.");
    }

    private void stepTables(List<OpenLoad.StepResult> steps, List<Pipeline> pipelines,
                            List<Map<String, Double>> stepCores, ProjectionProbe probe) {
        Report.Table requests = report.table("steps", "POST /api/v1/invoices per step (latency in ms)",
                "target/s", "achieved/s", "ok", "errors", "p50", "p95", "p99", "max", "requests held",
                "pipeline kept up");
        Report.Table lags = report.table("lags", "Pipeline lags per step (ms; missing = not arrived by the end)",
                "target/s", "relay p50", "relay p99", "relay max", "ledger p50", "ledger p99", "ledger max",
                "ledger missing", "projection n", "projection p50", "projection p95", "projection p99",
                "projection max", "projection missing");
        Report.Table cores = report.table("cpu", "CPU per step (cores used; 2 = the whole machine)",
                "target/s", "invoicing", "payments", "reporting", "other services", "kafka", "postgresql",
                "load generator", "other", "machine", "CPU ms per invoice");
        Map<String, Long> errorTotals = new LinkedHashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            OpenLoad.StepResult s = steps.get(i);
            Pipeline p = pipelines.get(i);
            Percentiles l = s.latency();
            requests.row((int) s.targetRate(), s.achievedRate(), s.succeeded(), s.errorCount(), l.p50(), l.p95(),
                    l.p99(), l.max(), held(s) ? "yes" : "no", p.keptUp() ? "yes" : "no");
            lags.row((int) s.targetRate(), p.relay().p50(), p.relay().p99(), p.relay().max(), p.ledger().p50(),
                    p.ledger().p99(), p.ledger().max(), p.ledgerMissing(), p.projection().count(),
                    p.projection().p50(), p.projection().p95(), p.projection().p99(), p.projection().max(),
                    p.projectionMissing());
            Map<String, Double> c = stepCores.get(i);
            double otherServices = c.getOrDefault("collections", 0.0) + c.getOrDefault("credit", 0.0)
                    + c.getOrDefault("payables", 0.0);
            double machine = c.getOrDefault("machine", Double.NaN);
            cores.row((int) s.targetRate(), c.get("invoicing"), c.get("payments"), c.get("reporting"), otherServices,
                    c.get("kafka"), c.get("postgresql"), c.get("load generator"), c.get("other"), machine,
                    s.achievedRate() > 0 ? 1000 * machine / s.achievedRate() : Double.NaN);
            s.errors().forEach((reason, count) -> errorTotals.merge(reason, count, Long::sum));
        }
        if (!errorTotals.isEmpty()) {
            report.note("Errors by kind: " + errorTotals);
        }
        if (probe.notVisible() > 0 || probe.failed() > 0) {
            report.note("Projection probes: " + probe.notVisible() + " invoices not visible in aging within 60 s, "
                    + probe.failed() + " probe requests failed.");
        }
    }
}
