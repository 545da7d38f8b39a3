package org.o2c.benchmarks;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The bulk path: open invoices loaded through the invoicing REST API's batch endpoint
 * ({@code POST /api/v1/invoice-batches}, as an ERP's billing run sends them) by a few concurrent clients (closed
 * loop: each client sends its next batch when the previous one is answered), so that every invoice goes through
 * the invoice aggregate, the event store, the relay and every consumer. Customers are registered the same way
 * ({@code POST /api/v1/customer-batches}, as an ERP's master data load) in chunks just before their invoices, so
 * that whenever the time budget ends, the data has the asked shape: about {@code invoices / customers} invoices per
 * customer, issue dates spread over the last twelve months.
 */
final class Seeder {
    /** Defaults of the bulk path: clients sending batches at once, invoices per batch, customers per round. */
    static final int BATCH_CLIENTS = 3;
    static final int BATCH_SIZE = 500;
    static final int CHUNK_CUSTOMERS = 1000;
    private static final int MAX_CUSTOMERS_PER_BATCH = 1000;

    private final PlatformApi api;
    private final PrintStream out;
    private final String runId;
    private final List<LegalEntity> entities;
    private final AtomicLong invoices = new AtomicLong();
    private final Map<String, Long> errors = new TreeMap<>();
    private final Histogram latency = Percentiles.histogram();
    private final List<PlatformApi.Customer> customers = Collections.synchronizedList(new ArrayList<>());

    Seeder(PlatformApi api, PrintStream out, String runId, List<LegalEntity> entities) {
        this.api = api;
        this.out = out;
        this.runId = runId;
        this.entities = entities;
    }

    record Result(long invoices, long customers, double seconds, Map<String, Long> errors, Percentiles latency) {
        double invoicesPerSecond() {
            return invoices / seconds;
        }
    }

    /**
     * @param invoiceTarget invoices to load at most
     * @param customerTarget customers to spread them over (at most)
     * @param budget time after which no new request is sent
     */
    Result seed(int invoiceTarget, int customerTarget, int batchClients, int batchSize, int chunk,
                Duration budget, int issueDays) throws Exception {
        int perCustomer = Math.max(1, (invoiceTarget + customerTarget - 1) / Math.max(1, customerTarget));
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        ExecutorService batches = Executors.newFixedThreadPool(batchClients, PlatformApi.daemon("seed-batch-client"));
        Thread progress = progressReporter(start);
        try {
            LocalDate today = LocalDate.now();
            for (int first = 0; first < customerTarget && invoices.get() < invoiceTarget
                    && System.nanoTime() < deadline; first += chunk) {
                List<Future<?>> pending = new ArrayList<>();
                List<PlatformApi.Customer> registered = register(first, Math.min(customerTarget, first + chunk));
                Random random = new Random(first);
                List<Map<String, Object>> round = new ArrayList<>();
                long planned = invoices.get();
                for (PlatformApi.Customer customer : registered) {
                    for (int k = 0; k < perCustomer && planned < invoiceTarget; k++, planned++) {
                        round.add(PlatformApi.invoice(customer, today.minusDays(random.nextInt(issueDays)), random));
                    }
                }
                Collections.shuffle(round, random);
                for (int from = 0; from < round.size(); from += batchSize) {
                    List<Map<String, Object>> batch = round.subList(from, Math.min(round.size(), from + batchSize));
                    String key = "bench-seed-" + runId + "-" + first + "-" + from;
                    pending.add(batches.submit(() -> issue(batch, key, deadline)));
                }
                awaitAll(pending);
            }
        } finally {
            batches.shutdownNow();
            progress.interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        synchronized (latency) {
            synchronized (errors) {
                return new Result(invoices.get(), customers.size(), seconds, new TreeMap<>(errors),
                        Percentiles.of(latency));
            }
        }
    }

    List<PlatformApi.Customer> customers() {
        return customers;
    }

    /** Customers {@code from} (inclusive) to {@code to} (exclusive), up to 1000 per batch request. */
    private List<PlatformApi.Customer> register(int from, int to) {
        List<PlatformApi.Customer> registered = new ArrayList<>();
        for (int batchStart = from; batchStart < to; batchStart += MAX_CUSTOMERS_PER_BATCH) {
            List<String> names = new ArrayList<>();
            List<LegalEntity> customerEntities = new ArrayList<>();
            for (int n = batchStart; n < Math.min(to, batchStart + MAX_CUSTOMERS_PER_BATCH); n++) {
                names.add("Seeded customer " + runId + "-" + n);
                customerEntities.add(entities.get(n % entities.size()));
            }
            try {
                List<PlatformApi.Customer> batch = api.registerCustomers(names, customerEntities,
                        "bench-seed-customers-" + runId + "-" + batchStart, new Random(batchStart));
                registered.addAll(batch);
                customers.addAll(batch);
            } catch (Exception e) {
                error(e.getClass().getSimpleName() + " registering customers");
            }
        }
        return registered;
    }

    private void issue(List<Map<String, Object>> batch, String idempotencyKey, long deadline) {
        if (System.nanoTime() > deadline) {
            return;
        }
        long sent = System.nanoTime();
        try {
            int status = api.issueInvoiceBatchNow(batch, idempotencyKey);
            if (status == 201) {
                invoices.addAndGet(batch.size());
                synchronized (latency) {
                    Percentiles.recordMicros(latency, (System.nanoTime() - sent) / 1000);
                }
            } else {
                error("HTTP " + status);
            }
        } catch (Exception e) {
            error(e.getClass().getSimpleName());
        }
    }

    private void error(String reason) {
        synchronized (errors) {
            errors.merge(reason, 1L, Long::sum);
        }
    }

    private Thread progressReporter(long start) {
        Thread thread = new Thread(() -> {
            long last = 0;
            long lastTime = start;
            while (true) {
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                long count = invoices.get();
                out.printf("bench: seeded %d invoices, %d customers in %.0f s (%.0f invoices/s now)%n", count,
                        customers.size(), (now - start) / 1e9, (count - last) / ((now - lastTime) / 1e9));
                last = count;
                lastTime = now;
            }
        }, "seed-progress");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void awaitAll(List<Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            future.get();
        }
        futures.clear();
    }
}
