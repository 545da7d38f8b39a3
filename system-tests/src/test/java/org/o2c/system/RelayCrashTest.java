package org.o2c.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.o2c.testing.kafka.TopicReader;

/**
 * The invoicing-service is killed with SIGKILL while an ERP issues invoices from several threads. Every invoice
 * it acknowledged must reach Kafka exactly as it was stored, none lost, and the numbers must stay gapless.
 */
class RelayCrashTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Platform platform = Platform.shared();
    private final Invoicing invoicing = new Invoicing(platform.url("invoicing"));

    @Test
    void everyAcknowledgedInvoiceReachesKafkaAsStoredAfterTheInvoicingServiceIsKilled() throws Exception {
        String entity = "RC" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        UUID customer = invoicing.registerCustomer("Spedition Ostwind", entity, "EUR", 14);
        Map<String, JsonPath> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean keepIssuing = new AtomicBoolean(true);
        ExecutorService erp = Executors.newFixedThreadPool(4);
        for (int thread = 0; thread < 4; thread++) {
            int seed = thread;
            erp.submit(() -> {
                int n = 0;
                while (keepIssuing.get()) {
                    try {
                        JsonPath invoice = invoicing.issue(customer, LocalDate.of(2026, 5, 1 + (n++ % 28)),
                                BigDecimal.valueOf(1 + seed), new BigDecimal("12.34"), "19");
                        acknowledged.put(invoice.getString("id"), invoice);
                    } catch (Exception | AssertionError refused) {
                        // the service is down or the connection was cut mid-request: not acknowledged
                        pause();
                    }
                }
            });
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 40);
        platform.kill("invoicing");
        int beforeCrash = acknowledged.size();
        platform.restart("invoicing");
        await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= beforeCrash + 20);
        keepIssuing.set(false);
        erp.shutdown();
        assertThat(erp.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        Map<String, JsonNode> onKafka = new ConcurrentHashMap<>();
        try (TopicReader reader = new TopicReader(platform.kafka(), "o2c.invoicing.events")) {
            reader.readUntil(seen -> {
                seen.stream().filter(m -> "InvoiceIssued.v1".equals(m.header("ce_type")))
                        .forEach(m -> onKafka.put(m.key(), read(m.value())));
                return onKafka.keySet().containsAll(acknowledged.keySet());
            }, Duration.ofSeconds(60));
        }
        assertThat(onKafka.keySet()).as("no acknowledged invoice is lost").containsAll(acknowledged.keySet());
        for (Map.Entry<String, JsonPath> ack : acknowledged.entrySet()) {
            JsonNode event = onKafka.get(ack.getKey());
            JsonPath stored = given().baseUri(platform.url("invoicing")).header("Authorization", Invoicing.ERP)
                    .get("/api/v1/invoices/" + ack.getKey()).then().statusCode(200).extract().jsonPath();
            for (String field : List.of("invoiceNumber", "customerId", "issueDate", "dueDate", "netAmount",
                    "taxAmount", "grossAmount")) {
                assertThat(event.get(field).asText()).as(field + " of " + ack.getKey())
                        .isEqualTo(stored.getString(field)).isEqualTo(ack.getValue().getString(field));
            }
        }

        List<String> numbers = new ArrayList<>();
        JsonPath page = given().baseUri(platform.url("invoicing")).header("Authorization", Invoicing.ERP)
                .queryParam("customerId", customer.toString()).queryParam("size", 500)
                .get("/api/v1/invoices").then().statusCode(200).extract().jsonPath();
        numbers.addAll(page.getList("items.invoiceNumber", String.class));
        Set<String> entityEvents = onKafka.values().stream()
                .filter(e -> entity.equals(e.get("legalEntity").asText()))
                .map(e -> e.get("invoiceId").asText()).collect(Collectors.toSet());
        assertThat(entityEvents).as("Kafka holds exactly the stored invoices")
                .containsExactlyInAnyOrderElementsOf(page.getList("items.id", String.class));
        assertThat(numbers.stream().sorted().toList()).as("numbers stay gapless across the crash")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, numbers.size())
                        .mapToObj(n -> "INV-2026-%06d".formatted(n)).toList());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
