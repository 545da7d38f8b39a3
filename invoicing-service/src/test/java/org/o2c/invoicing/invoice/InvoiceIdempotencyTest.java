package org.o2c.invoicing.invoice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.invoiceJson;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.o2c.testing.quarkus.FreshIdempotencyKeys;

@QuarkusTest
class InvoiceIdempotencyTest {

    @Test
    void aRepeatedPostWithTheSameKeyReturnsTheFirstInvoiceAndIssuesNoSecond() {
        UUID customer = registerCustomer("ID01", "EUR", 30);
        String key = "erp-" + UUID.randomUUID();
        String body = invoiceJson(customer, "2026-04-01", "2", "50", "19");

        String first = given().header("Authorization", CLERK).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/invoices")
                .then().statusCode(201).extract().asString();
        String again = given().header("Authorization", CLERK).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/invoices")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(again).isEqualTo(first);
        given().header("Authorization", CLERK).queryParam("customerId", customer.toString())
                .get("/api/v1/invoices").then().body("totalItems", equalTo(1));
    }

    @Test
    void concurrentRepeatsWithTheSameKeyIssueOneInvoice() throws Exception {
        UUID customer = registerCustomer("ID01", "EUR", 30);
        String key = "erp-" + UUID.randomUUID();
        String body = invoiceJson(customer, "2026-04-01", "1", "10", "19");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> given().header("Authorization", CLERK)
                        .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                        .post("/api/v1/invoices").then().statusCode(201).extract().<String>path("id"), pool));
            }
            List<String> ids = answers.stream().map(CompletableFuture::join).distinct().toList();
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        given().header("Authorization", CLERK).queryParam("customerId", customer.toString())
                .get("/api/v1/invoices").then().body("totalItems", equalTo(1));
    }

    @Test
    void theSameKeyWithADifferentBodyIsRefused() {
        UUID customer = registerCustomer("ID01", "EUR", 30);
        String key = "erp-" + UUID.randomUUID();
        given().header("Authorization", CLERK).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-04-01", "1", "10", "19")).post("/api/v1/invoices")
                .then().statusCode(201);
        given().header("Authorization", CLERK).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-04-01", "1", "99", "19")).post("/api/v1/invoices")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:idempotency-key-reused"))
                .body("violations[0].field", equalTo("Idempotency-Key"));
        given().header("Authorization", CLERK).queryParam("customerId", customer.toString())
                .get("/api/v1/invoices").then().body("totalItems", equalTo(1));
    }

    @Test
    void aRequestWithoutAKeyIsRefusedNamingTheHeaderAndIssuesNothing() {
        UUID customer = registerCustomer("ID02", "EUR", 30);
        given().header("Authorization", CLERK).header("Idempotency-Key", FreshIdempotencyKeys.WITHOUT)
                .contentType(ContentType.JSON).body(invoiceJson(customer, "2026-04-01", "1", "10", "19"))
                .post("/api/v1/invoices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"))
                .body("violations[0].rule", equalTo("required"));
        given().header("Authorization", CLERK).queryParam("customerId", customer.toString())
                .get("/api/v1/invoices").then().body("totalItems", equalTo(0));
    }
}
