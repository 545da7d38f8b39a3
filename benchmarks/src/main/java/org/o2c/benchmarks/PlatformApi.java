package org.o2c.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * The platform's public REST API as an ERP uses it: register customers, issue invoices, read the AR aging. One
 * non-blocking {@link HttpClient}; every POST carries an Idempotency-Key, as the platform expects of an ERP.
 */
final class PlatformApi {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Integer> PAYMENT_TERMS = List.of(14, 30, 45, 60);

    private final HttpClient http;
    private final String token;
    private final String invoicing;
    private final String reporting;

    PlatformApi(String token, String invoicingUrl, String reportingUrl) {
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                // the client's own threads only hand over responses; a small pool keeps the load generator light
                .executor(Executors.newFixedThreadPool(4, daemon("http-client")))
                .build();
        this.token = token;
        this.invoicing = invoicingUrl;
        this.reporting = reportingUrl;
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A registered customer of the benchmark and how many of its invoices the benchmark issued. */
    record Customer(UUID id, LegalEntity legalEntity) {
    }

    Customer registerCustomer(String name, LegalEntity entity, String idempotencyKey, Random random)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(post(invoicing + "/api/v1/customers", idempotencyKey,
                customer(name, entity, random)), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST /api/v1/customers answered " + response.statusCode() + ": "
                    + response.body());
        }
        return new Customer(UUID.fromString(JSON.readTree(response.body()).path("id").asText()), entity);
    }

    /** Registers customers with one {@code POST /api/v1/customer-batches}; they answer in the same order. */
    List<Customer> registerCustomers(List<String> names, List<LegalEntity> entities, String idempotencyKey,
                                     Random random) throws IOException, InterruptedException {
        List<Map<String, Object>> customers = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            customers.add(customer(names.get(i), entities.get(i), random));
        }
        HttpRequest request = HttpRequest.newBuilder(post(invoicing + "/api/v1/customer-batches", idempotencyKey,
                Map.of("customers", customers)), (name, value) -> true).timeout(Duration.ofMinutes(2)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /api/v1/customer-batches answered " + response.statusCode() + ": "
                    + response.body());
        }
        List<Customer> registered = new ArrayList<>(names.size());
        JsonNode answered = JSON.readTree(response.body()).path("customers");
        for (int i = 0; i < answered.size(); i++) {
            registered.add(new Customer(UUID.fromString(answered.get(i).path("id").asText()), entities.get(i)));
        }
        return registered;
    }

    private static Map<String, Object> customer(String name, LegalEntity entity, Random random) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("legalEntity", entity.code());
        body.put("currency", entity.currency());
        body.put("paymentTermsNetDays", PAYMENT_TERMS.get(random.nextInt(PAYMENT_TERMS.size())));
        return body;
    }

    /** An invoice as the demo data has them: one to four lines of the legal entity's products. */
    static Map<String, Object> invoice(Customer customer, LocalDate issueDate, Random random) {
        List<LegalEntity.Product> products = new ArrayList<>(customer.legalEntity().products());
        int lineCount = 1 + random.nextInt(4);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int l = 0; l < lineCount; l++) {
            LegalEntity.Product product = products.remove(random.nextInt(products.size()));
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("description", product.description());
            line.put("quantity", String.valueOf(1 + random.nextInt(product.maxQuantity())));
            line.put("unitPrice", product.unitPrice());
            line.put("taxRate", product.taxRate());
            lines.add(line);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("customerId", customer.id().toString());
        body.put("issueDate", issueDate.toString());
        body.put("lines", lines);
        return body;
    }

    CompletableFuture<HttpResponse<String>> issueInvoice(Map<String, Object> body, String idempotencyKey) {
        try {
            return http.sendAsync(post(invoicing + "/api/v1/invoices", idempotencyKey, body),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Blocking, for closed-loop clients: the answer's status code. */
    int issueInvoiceNow(Map<String, Object> body, String idempotencyKey) throws IOException, InterruptedException {
        return http.send(post(invoicing + "/api/v1/invoices", idempotencyKey, body),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Blocking: issues the invoices in one POST /api/v1/invoice-batches; the answer's status code. */
    int issueInvoiceBatchNow(List<Map<String, Object>> invoices, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(post(invoicing + "/api/v1/invoice-batches", idempotencyKey,
                Map.of("invoices", invoices)), (name, value) -> true).timeout(Duration.ofMinutes(2)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * How many days back from today invoices of these legal entities may be dated, at most {@code wanted}: the
     * books are closed up to each one's latest closed month (the demo data closes one), and invoicing refuses a
     * document dated in a closed month.
     */
    int openDays(List<LegalEntity> entities, int wanted) throws IOException, InterruptedException {
        LocalDate today = LocalDate.now();
        int days = wanted;
        for (LegalEntity entity : entities) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(reporting + "/api/v1/ledger/" + entity.code()
                            + "/periods?from=" + java.time.YearMonth.from(today).minusMonths(24) + "&to="
                            + java.time.YearMonth.from(today)))
                    .header("Authorization", "Bearer " + token).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET periods of " + entity.code() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            for (JsonNode period : JSON.readTree(response.body())) { // latest first
                if ("CLOSED".equals(period.path("status").asText())) {
                    LocalDate lastClosed = LocalDate.parse(period.path("lastDay").asText());
                    days = (int) Math.min(days, java.time.temporal.ChronoUnit.DAYS.between(lastClosed, today) - 1);
                    break;
                }
            }
        }
        return Math.max(days, 1);
    }

    /** GET the AR aging with the given query (e.g. "customerId=..."); throws unless 200. */
    JsonNode aging(String query) throws IOException, InterruptedException {
        return agingOf(reporting, query);
    }

    JsonNode agingOf(String reportingUrl, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(reportingUrl + "/api/v1/reports/ar-aging"
                        + (query.isEmpty() ? "" : "?" + query)))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET ar-aging?" + query + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Open items the aging counts, over all currencies of the answer. */
    static long openItems(JsonNode aging) {
        long items = 0;
        for (JsonNode total : aging.path("totals")) {
            items += total.path("openItems").asLong();
        }
        return items;
    }

    private HttpRequest post(String url, String idempotencyKey, Object body) throws IOException {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                .build();
    }
}
