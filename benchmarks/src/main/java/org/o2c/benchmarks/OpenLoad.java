package org.o2c.benchmarks;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Open-model load: invoice requests leave at their scheduled moments (start + i / rate), whether or not earlier
 * ones have been answered, and each latency is measured from the scheduled moment, not from the actual send. A
 * platform that stalls therefore shows the stall in the latencies of every request that should have gone out
 * meanwhile, instead of hiding it by sending less (coordinated omission).
 */
final class OpenLoad {
    /** More outstanding requests than this and the generator counts a request as failed instead of sending it. */
    static final int MAX_IN_FLIGHT = 2000;

    private final PlatformApi api;
    private final List<PlatformApi.Customer> customers;
    private final String runId;
    private final AtomicLong sequence = new AtomicLong();

    OpenLoad(PlatformApi api, List<PlatformApi.Customer> customers, String runId) {
        this.api = api;
        this.customers = customers;
        this.runId = runId;
    }

    /** What one step of constant target rate gave. */
    record StepResult(double targetRate, Instant start, Instant end, long scheduled, long succeeded,
                      Map<String, Long> errors, double achievedRate, Percentiles latency, Duration drain) {
        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    StepResult run(double rate, Duration duration) throws InterruptedException {
        Histogram latency = Percentiles.histogram();
        Map<String, Long> errors = new TreeMap<>();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong succeeded = new AtomicLong();
        AtomicLong lastSuccessNanos = new AtomicLong();
        Random random = new Random(sequence.get() * 31 + (long) rate);
        long interval = (long) (1_000_000_000L / rate);
        long count = (long) (rate * duration.toMillis() / 1000.0);
        Instant startInstant = Instant.now().plusMillis(20);
        long start = System.nanoTime() + 20_000_000L;
        for (long i = 0; i < count; i++) {
            long scheduled = start + i * interval;
            waitUntil(scheduled);
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                synchronized (errors) {
                    errors.merge("client backlog full", 1L, Long::sum);
                }
                continue;
            }
            PlatformApi.Customer customer = customers.get(random.nextInt(customers.size()));
            Map<String, Object> body = PlatformApi.invoice(customer, java.time.LocalDate.now(), random);
            inFlight.incrementAndGet();
            CompletableFuture<HttpResponse<String>> answer =
                    api.issueInvoice(body, "bench-" + runId + "-" + sequence.incrementAndGet());
            answer.whenComplete((response, failure) -> {
                long now = System.nanoTime();
                inFlight.decrementAndGet();
                if (failure == null && response.statusCode() == 201 || failure == null && response.statusCode() == 200) {
                    synchronized (latency) {
                        Percentiles.recordMicros(latency, (now - scheduled) / 1000);
                    }
                    succeeded.incrementAndGet();
                    lastSuccessNanos.accumulateAndGet(now, Math::max);
                } else {
                    String reason = failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode();
                    synchronized (errors) {
                        errors.merge(reason, 1L, Long::sum);
                    }
                }
            });
        }
        long end = start + count * interval;
        waitUntil(end);
        Instant endInstant = Instant.now();
        // let the requests of this step finish (each has its own 30 s timeout) before the next step starts
        long drainStart = System.nanoTime();
        while (inFlight.get() > 0 && System.nanoTime() - drainStart < TimeUnit.SECONDS.toNanos(35)) {
            Thread.sleep(20);
        }
        Duration drain = Duration.ofNanos(System.nanoTime() - drainStart);
        if (inFlight.get() > 0) {
            synchronized (errors) {
                errors.merge("unanswered after the step", (long) inFlight.get(), Long::sum);
            }
        }
        long ok = succeeded.get();
        double seconds = ok == 0 ? Double.NaN : Math.max(end, lastSuccessNanos.get()) - start;
        double achieved = ok == 0 ? 0 : ok / (seconds / 1e9);
        Map<String, Long> errorCopy;
        synchronized (errors) {
            errorCopy = new TreeMap<>(errors);
        }
        Percentiles summary;
        synchronized (latency) {
            summary = Percentiles.of(latency);
        }
        return new StepResult(rate, startInstant, endInstant, count, ok, errorCopy, achieved, summary, drain);
    }

    private static void waitUntil(long nanos) {
        long remaining;
        while ((remaining = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(Math.min(remaining, 1_000_000L));
        }
    }
}
