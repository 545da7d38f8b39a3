package org.o2c.benchmarks;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Projection lag, measured as a user would see it: a few probe customers of their own get an invoice now and
 * then, beside the load; from the moment the platform answers 201 Created, the probe asks the AR aging for that
 * customer until it counts the invoice. Polling every request for every invoice would load the platform more than
 * the invoices do, so probes are a sample (a few per second), and the polling interval grows with the time waited
 * (a tenth of it, at least 20 ms): the figure is exact to about 10 %.
 */
final class ProjectionProbe implements AutoCloseable {
    private static final Duration GIVE_UP = Duration.ofSeconds(60);

    private record Lag(long acceptedMillis, long micros) {
    }

    private final PlatformApi api;
    private final List<Thread> workers = new ArrayList<>();
    private final List<Lag> lags = new ArrayList<>();
    /** Acceptance times of probe invoices the aging did not count within the give-up time. */
    private final List<Long> missed = new ArrayList<>();
    /** Per worker, the acceptance time of the invoice it is waiting for, or 0. */
    private final java.util.Map<Integer, Long> waiting = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong notVisible = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    /**
     * @param customers one per worker; each worker has at most one invoice in flight
     * @param perSecond probes per second over all workers
     */
    ProjectionProbe(PlatformApi api, List<PlatformApi.Customer> customers, double perSecond, String runId)
            throws Exception {
        this.api = api;
        long period = (long) (customers.size() * 1000 / perSecond);
        for (int i = 0; i < customers.size(); i++) {
            PlatformApi.Customer customer = customers.get(i);
            long counted = PlatformApi.openItems(api.aging("customerId=" + customer.id()));
            long offset = i * period / customers.size();
            int worker = i;
            Thread thread = new Thread(() -> probe(worker, customer, counted, period, offset, runId + "-" + worker),
                    "projection-probe-" + i);
            thread.setDaemon(true);
            workers.add(thread);
        }
        workers.forEach(Thread::start);
    }

    private void probe(int worker, PlatformApi.Customer customer, long counted, long periodMillis, long offsetMillis,
                       String keys) {
        Random random = new Random(keys.hashCode());
        long expected = counted;
        long next = System.currentTimeMillis() + offsetMillis;
        int n = 0;
        while (running.get()) {
            sleep(next - System.currentTimeMillis());
            next += periodMillis;
            if (!running.get()) {
                return;
            }
            try {
                HttpResponse<String> answer = api.issueInvoice(PlatformApi.invoice(customer, LocalDate.now(), random),
                        "bench-probe-" + keys + "-" + (++n)).get();
                if (answer.statusCode() != 201 && answer.statusCode() != 200) {
                    failed.incrementAndGet();
                    continue;
                }
                long accepted = System.nanoTime();
                long acceptedMillis = System.currentTimeMillis();
                waiting.put(worker, acceptedMillis);
                expected++;
                while (true) {
                    long waited = System.nanoTime() - accepted;
                    if (PlatformApi.openItems(api.aging("customerId=" + customer.id())) >= expected) {
                        synchronized (lags) {
                            lags.add(new Lag(acceptedMillis, (System.nanoTime() - accepted) / 1000));
                        }
                        waiting.remove(worker);
                        break;
                    }
                    if (waited > GIVE_UP.toNanos() || !running.get()) {
                        notVisible.incrementAndGet();
                        synchronized (lags) {
                            missed.add(acceptedMillis);
                        }
                        waiting.remove(worker);
                        // count again from what the aging shows, so that one lost invoice does not fail every probe
                        expected = PlatformApi.openItems(api.aging("customerId=" + customer.id()));
                        break;
                    }
                    sleep(Math.max(20, waited / 10_000_000L));
                }
            } catch (Exception e) {
                failed.incrementAndGet();
                if (e instanceof InterruptedException) {
                    return;
                }
            }
        }
    }

    /** Lags of the probe invoices accepted in [from, to). */
    Percentiles lag(Instant from, Instant to) {
        Histogram histogram = Percentiles.histogram();
        synchronized (lags) {
            for (Lag lag : lags) {
                if (lag.acceptedMillis() >= from.toEpochMilli() && lag.acceptedMillis() < to.toEpochMilli()) {
                    Percentiles.recordMicros(histogram, lag.micros());
                }
            }
        }
        return Percentiles.of(histogram);
    }

    /** Probe invoices accepted in [from, to) that the aging has not counted (given up on, or still waited for). */
    long missing(Instant from, Instant to) {
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        long count = waiting.values().stream().filter(t -> t >= start && t < end).count();
        synchronized (lags) {
            count += missed.stream().filter(t -> t >= start && t < end).count();
        }
        return count;
    }

    long notVisible() {
        return notVisible.get();
    }

    long failed() {
        return failed.get();
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread worker : workers) {
            worker.interrupt();
            worker.join(5000);
        }
    }
}
