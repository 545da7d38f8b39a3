package org.o2c.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Scenario {@code aging}: loads open invoices through the bulk path ({@link Seeder}), waits until the AR aging
 * counts all of them, then times the aging report for the whole company, one legal entity, one customer, and the
 * whole company as of six months back.
 */
final class AgingScenario {
    private final Stack stack;
    private final PrintStream out;
    private final Report report;

    AgingScenario(Stack stack, PrintStream out, Report report) {
        this.stack = stack;
        this.out = out;
        this.report = report;
    }

    void run(Options options) throws Exception {
        int invoiceTarget = options.integer("invoices", 1_000_000);
        int customerTarget = options.integer("customers", 50_000);
        int batchClients = options.integer("batch-clients", Seeder.BATCH_CLIENTS);
        int batchSize = options.integer("batch", Seeder.BATCH_SIZE);
        int chunk = options.integer("chunk-customers", Seeder.CHUNK_CUSTOMERS);
        Duration budget = options.seconds("seed-seconds", 600);
        Duration catchUpLimit = options.seconds("catch-up-seconds", 240);
        Duration ledgerLimit = options.seconds("ledger-seconds", 2400);
        int calls = options.integer("calls", 20);
        Duration perQueryLimit = options.seconds("query-seconds", 20);
        int entityCount = options.integer("legal-entities", 4);
        String jfr = options.text("jfr", "");
        options.requireAllKnown();

        String runId = Long.toString(System.currentTimeMillis(), 36);
        Map<String, Profiler> profilers = Profiler.forServices(stack, jfr, runId);
        PlatformApi api = new PlatformApi(stack.tokens().token("bench-seed", "integration"),
                Stack.url("invoicing"), Stack.url("reporting"));
        long before = PlatformApi.openItems(api.aging("size=1"));
        long postedBefore = LedgerScenario.postedInvoices(stack);
        out.printf("bench: the aging counts %d open items before seeding; seeding up to %d invoices over %d customers"
                + " with %d clients for at most %d s%n", before, invoiceTarget, customerTarget, batchClients,
                budget.toSeconds());

        Seeder seeder = new Seeder(api, out, runId, LegalEntity.first(entityCount));
        int issueDays = api.openDays(LegalEntity.first(entityCount), 365);
        if (issueDays < 365) {
            report.note("Invoices are dated over the last " + issueDays + " days, not 365: the books are closed "
                    + "before that (the demo data closes one month), and invoicing refuses a date in a closed month.");
        }
        CpuMeter cpu = new CpuMeter(stack, Map.of());
        for (Profiler profiler : profilers.values()) {
            profiler.start();
        }
        Map<String, Double> cpuBefore = cpu.read();
        Instant seedStartedAt = Instant.now();
        long seedStart = System.nanoTime();
        Seeder.Result seeded = seeder.seed(invoiceTarget, customerTarget, batchClients, batchSize, chunk,
                budget, issueDays);
        Map<String, Double> cores = CpuMeter.cores(cpuBefore, cpu.read(), seeded.seconds());
        out.printf("bench: seeded %d invoices and %d customers in %.0f s (%.1f invoices/s); waiting for the aging%n",
                seeded.invoices(), seeded.customers(), seeded.seconds(), seeded.invoicesPerSecond());

        long expected = before + seeded.invoices();
        long counted = 0;
        long waitStart = System.nanoTime();
        while (System.nanoTime() - waitStart < catchUpLimit.toNanos()) {
            counted = PlatformApi.openItems(api.aging("size=1"));
            if (counted >= expected) {
                break;
            }
            Thread.sleep(2000);
        }
        double visibleAfter = (System.nanoTime() - seedStart) / 1e9;
        Map<String, Double> pipelineCores = CpuMeter.cores(cpuBefore, cpu.read(), visibleAfter);
        Instant caughtUpAt = Instant.now();
        boolean caughtUp = counted >= expected;
        for (Profiler profiler : profilers.values()) {
            profiler.stop();
        }

        Report.Table seeding = report.table("seeding", "Seeding through POST /api/v1/invoice-batches (closed loop)",
                "invoices", "customers", "batch", "batch clients", "seconds", "invoices/s", "batch latency p50 ms",
                "batch latency p99 ms", "errors", "all in aging after s", "end-to-end invoices/s");
        seeding.row(seeded.invoices(), seeded.customers(), batchSize, batchClients, seeded.seconds(),
                seeded.invoicesPerSecond(),
                seeded.latency().p50(), seeded.latency().p99(),
                seeded.errors().values().stream().mapToLong(Long::longValue).sum(),
                caughtUp ? visibleAfter : null, caughtUp ? seeded.invoices() / visibleAfter : null);
        if (!seeded.errors().isEmpty()) {
            report.note("Seeding errors by kind: " + seeded.errors());
        }
        Report.Table cpuTable = report.table("seeding-cpu", "CPU (cores used; 2 = the whole machine)",
                "while", "invoicing", "payments", "reporting", "other services", "kafka", "postgresql",
                "load generator", "other", "machine", "CPU ms per invoice");
        cpuRow(cpuTable, "seeding", cores, seeded.seconds(), seeded.invoices());
        cpuRow(cpuTable, "seeding until all in aging", pipelineCores, visibleAfter, caughtUp ? seeded.invoices() : counted - before);
        if (!caughtUp) {
            report.note("The aging counted " + (counted - before) + " of the " + seeded.invoices()
                    + " seeded invoices " + catchUpLimit.toSeconds() + " s after seeding ended; report latencies "
                    + "below were measured on what it held then.");
        }
        report.headline("open items in aging", counted);
        report.headline("seeded invoices", seeded.invoices());
        report.headline("seeding invoices/s", seeded.invoicesPerSecond());

        for (Map.Entry<String, Profiler> profiler : profilers.entrySet()) {
            profiler.getValue().report(report, profiler.getKey(), "from the start of seeding until all in aging",
                    seedStartedAt, caughtUpAt);
        }

        // the general ledger posts the same invoices behind the aging: the reports are timed once it is done
        long ledgerWaitStart = System.nanoTime();
        long posted = LedgerScenario.postedInvoices(stack);
        while (posted < postedBefore + seeded.invoices()
                && System.nanoTime() - ledgerWaitStart < ledgerLimit.toNanos()) {
            Thread.sleep(5_000);
            posted = LedgerScenario.postedInvoices(stack);
        }
        double ledgerAfter = (System.nanoTime() - seedStart) / 1e9;
        if (seeded.invoices() == 0) {
            report.note("Nothing was seeded: the reports were timed on what the running stack holds.");
        } else if (posted >= postedBefore + seeded.invoices()) {
            report.note(String.format("The general ledger had posted every seeded invoice %.0f s after the seeding"
                    + " started (%.0f invoices/s end to end); the reports were timed after that.", ledgerAfter,
                    seeded.invoices() / ledgerAfter));
        } else {
            report.note("The general ledger had posted " + (posted - postedBefore) + " of the " + seeded.invoices()
                    + " seeded invoices after --ledger-seconds " + ledgerLimit.toSeconds() + "; the reports were"
                    + " timed while it went on posting.");
        }

        LocalDate sixMonthsBack = LocalDate.now().minusMonths(6);
        List<PlatformApi.Customer> customers = seeder.customers();
        Random random = new Random(7);
        Report.Table latency = report.table("report-latency", "GET /api/v1/reports/ar-aging (ms)",
                "report", "items counted", "calls", "p50", "p99", "max");
        query(latency, api, "whole company", () -> "", calls, perQueryLimit);
        query(latency, api, "one legal entity (DE01)", () -> "legalEntity=DE01", calls, perQueryLimit);
        query(latency, api, "one customer", () -> customers.isEmpty() ? "customerId=" + java.util.UUID.randomUUID()
                : "customerId=" + customers.get(random.nextInt(customers.size())).id(), calls, perQueryLimit);
        query(latency, api, "whole company as of " + sixMonthsBack, () -> "asOf=" + sixMonthsBack, calls,
                perQueryLimit);
        LocalDate monthBack = LocalDate.now().minusMonths(1);
        LocalDate threeMonthsBack = LocalDate.now().minusMonths(3);
        LocalDate yearBack = LocalDate.now().minusMonths(12);
        query(latency, api, "whole company as of " + monthBack, () -> "asOf=" + monthBack, calls, perQueryLimit);
        query(latency, api, "whole company as of " + threeMonthsBack, () -> "asOf=" + threeMonthsBack, calls,
                perQueryLimit);
        query(latency, api, "whole company as of " + yearBack, () -> "asOf=" + yearBack, calls, perQueryLimit);
        query(latency, api, "one legal entity (DE01) as of " + sixMonthsBack + ", page 10",
                () -> "legalEntity=DE01&page=10&asOf=" + sixMonthsBack, calls, perQueryLimit);
        report.note("Report latency is measured by one client after seeding, with the platform otherwise idle; the first"
                + " two calls of each report warm up and are not counted. Each call returns totals and the first page"
                + " of 50 customer rows.");
        if (seeded.invoices() < invoiceTarget) {
            report.note("The time budget (--seed-seconds " + budget.toSeconds() + ") ended the seeding at "
                    + seeded.invoices() + " of " + invoiceTarget + " invoices: at " + String.format("%.0f",
                    seeded.invoicesPerSecond()) + " invoices/s, " + invoiceTarget + " would take "
                    + String.format("%.0f", invoiceTarget / seeded.invoicesPerSecond() / 60) + " minutes.");
        }
    }

    /** One row of cores per process, and the whole machine's CPU time per invoice over that time. */
    private static void cpuRow(Report.Table table, String label, Map<String, Double> cores, double seconds,
                               long invoices) {
        double otherServices = cores.getOrDefault("collections", 0.0) + cores.getOrDefault("credit", 0.0)
                + cores.getOrDefault("payables", 0.0);
        double machine = cores.getOrDefault("machine", Double.NaN);
        table.row(label, cores.get("invoicing"), cores.get("payments"), cores.get("reporting"), otherServices,
                cores.get("kafka"), cores.get("postgresql"), cores.get("load generator"), cores.get("other"), machine,
                invoices > 0 ? 1000 * machine * seconds / invoices : null);
    }

    private void query(Report.Table table, PlatformApi api, String name, Supplier<String> query, int calls,
                       Duration limit) throws Exception {
        Histogram histogram = Percentiles.histogram();
        long items = 0;
        for (int i = 0; i < 2; i++) {
            api.aging(query.get());
        }
        long start = System.nanoTime();
        for (int i = 0; i < calls && System.nanoTime() - start < limit.toNanos(); i++) {
            long sent = System.nanoTime();
            JsonNode answer = api.aging(query.get());
            Percentiles.recordMicros(histogram, (System.nanoTime() - sent) / 1000);
            items = PlatformApi.openItems(answer);
        }
        Percentiles p = Percentiles.of(histogram);
        table.row(name, items, p.count(), p.p50(), p.p99(), p.max());
        out.printf("bench: %s: p50 %.0f ms, p99 %.0f ms over %d calls%n", name, p.p50(), p.p99(), p.count());
        if (name.equals("whole company")) {
            report.headline("aging whole company p50 ms", p.p50());
        }
    }
}
