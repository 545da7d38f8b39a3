package org.o2c.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads a demo data set through the public REST API, as an ERP would: customers of two legal entities and six
 * months of invoices. A fixed seed makes it the same set every time (dates count back from today), and every POST
 * carries an Idempotency-Key, so a repeated request takes effect once.
 */
final class DemoData {
    static final int CUSTOMERS = 36;
    static final int INVOICES = 300;
    private static final long SEED = 20_261_122L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String invoicingUrl;
    private final String token;
    private final PrintStream out;

    DemoData(HttpClient http, String invoicingUrl, String token, PrintStream out) {
        this.http = http;
        this.invoicingUrl = invoicingUrl;
        this.token = token;
        this.out = out;
    }

    private record Customer(String id, DemoCatalog.LegalEntity legalEntity) {
    }

    private record DraftInvoice(Customer customer, LocalDate issueDate, List<Map<String, Object>> lines) {
    }

    void loadUnlessPresent(LocalDate today) throws IOException, InterruptedException {
        long existing = get("/api/v1/invoices?size=1").path("totalItems").asLong();
        if (existing > 0) {
            out.println("demo data already loaded (" + existing + " invoices)");
            return;
        }
        Instant start = Instant.now();
        Random random = new Random(SEED);
        List<Customer> customers = registerCustomers(random);
        List<DraftInvoice> invoices = draftInvoices(random, customers, today);
        issue(invoices);
        out.printf("demo data: %d customers, %d invoices (%s to %s) loaded in %.1f s%n", customers.size(),
                invoices.size(), invoices.get(0).issueDate(), invoices.get(invoices.size() - 1).issueDate(),
                Duration.between(start, Instant.now()).toMillis() / 1000.0);
    }

    private List<Customer> registerCustomers(Random random) throws IOException, InterruptedException {
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            DemoCatalog.LegalEntity entity = DemoCatalog.LEGAL_ENTITIES.get(i % 2);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", entity.customers().get(i / 2));
            body.put("legalEntity", entity.code());
            body.put("currency", entity.currency());
            body.put("paymentTermsNetDays",
                    DemoCatalog.PAYMENT_TERMS.get(random.nextInt(DemoCatalog.PAYMENT_TERMS.size())));
            JsonNode created = post("/api/v1/customers", "demo-customer-" + (i + 1), body);
            customers.add(new Customer(created.path("id").asText(), entity));
        }
        return customers;
    }

    /** Oldest first: invoice numbers are handed out in the order of the requests, so they follow the dates. */
    private static List<DraftInvoice> draftInvoices(Random random, List<Customer> customers, LocalDate today) {
        LocalDate first = today.minusMonths(6);
        int days = (int) ChronoUnit.DAYS.between(first, today);
        List<DraftInvoice> invoices = new ArrayList<>();
        for (int i = 0; i < INVOICES; i++) {
            // skewed towards the first customers: a few big accounts, a long tail of small ones
            Customer customer = customers.get((int) (Math.pow(random.nextDouble(), 1.8) * customers.size()));
            LocalDate issueDate = first.plusDays(1 + random.nextInt(days));
            List<DemoCatalog.Product> products = new ArrayList<>(customer.legalEntity().products());
            int lineCount = 1 + random.nextInt(4);
            List<Map<String, Object>> lines = new ArrayList<>();
            for (int l = 0; l < lineCount; l++) {
                DemoCatalog.Product product = products.remove(random.nextInt(products.size()));
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("description", product.description());
                line.put("quantity", String.valueOf(1 + random.nextInt(product.maxQuantity())));
                line.put("unitPrice", product.unitPrice().toPlainString());
                line.put("taxRate", product.taxRate().toPlainString());
                lines.add(line);
            }
            invoices.add(new DraftInvoice(customer, issueDate, lines));
        }
        invoices.sort(Comparator.comparing(DraftInvoice::issueDate));
        return invoices;
    }

    /**
     * Numbers are gapless per legal entity and issue year, so each such series gets one lane that sends its invoices
     * in date order, and the lanes run side by side: concurrency without numbers out of date order.
     */
    private void issue(List<DraftInvoice> invoices) throws InterruptedException {
        Map<String, List<Runnable>> lanes = new LinkedHashMap<>();
        for (int i = 0; i < invoices.size(); i++) {
            DraftInvoice invoice = invoices.get(i);
            String key = "demo-invoice-" + (i + 1);
            lanes.computeIfAbsent(invoice.customer().legalEntity().code() + "/" + invoice.issueDate().getYear(),
                    lane -> new ArrayList<>()).add(() -> issue(key, invoice));
        }
        ExecutorService executor = Executors.newFixedThreadPool(lanes.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Runnable> lane : lanes.values()) {
                running.add(executor.submit(() -> lane.forEach(Runnable::run)));
            }
            for (Future<?> lane : running) {
                lane.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private void issue(String idempotencyKey, DraftInvoice invoice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", invoice.customer().id());
        body.put("issueDate", invoice.issueDate().toString());
        body.put("lines", invoice.lines());
        try {
            post("/api/v1/invoices", idempotencyKey, body);
        } catch (IOException e) {
            throw new UncheckedIOException("POST /api/v1/invoices failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpRequest request = authorized(path).GET().build();
        return answer(http.send(request, HttpResponse.BodyHandlers.ofString()), "GET " + path);
    }

    private JsonNode post(String path, String idempotencyKey, Object body) throws IOException, InterruptedException {
        HttpRequest request = authorized(path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return answer(http.send(request, HttpResponse.BodyHandlers.ofString()),
                "POST " + path + " (Idempotency-Key " + idempotencyKey + ")");
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(invoicingUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private static JsonNode answer(HttpResponse<String> response, String request) throws IOException {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("loading demo data: " + request + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
