package org.o2c.invoicing.numbering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.invoiceJson;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Invariant 6: invoice numbers per legal entity and year are unique and gapless, even under concurrency. */
@QuarkusTest
class GaplessNumberingTest {
    @Inject
    NumberSeries numbers;

    @Test
    void concurrentInvoicesGetConsecutiveNumbersWithNoGapAndNoDuplicate() {
        String entity = "GN" + (int) (Math.random() * 90000 + 10000);
        UUID customer = registerCustomer(entity, "EUR", 30);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<String>> issued = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                issued.add(CompletableFuture.supplyAsync(() -> given().header("Authorization", CLERK)
                        .contentType(ContentType.JSON).body(invoiceJson(customer, "2026-05-01", "1", "10", "19"))
                        .post("/api/v1/invoices").then().statusCode(201).extract().<String>path("invoiceNumber"), pool));
            }
            List<String> sorted = issued.stream().map(CompletableFuture::join).sorted().toList();
            assertThat(sorted).containsExactlyElementsOf(
                    IntStream.rangeClosed(1, 40).mapToObj(n -> "INV-2026-%06d".formatted(n)).toList());
        } finally {
            pool.shutdown();
        }
        String otherYear = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2025-12-30", "1", "10", "19")).post("/api/v1/invoices")
                .then().statusCode(201).extract().path("invoiceNumber");
        assertThat(otherYear).as("each fiscal year has its own series").isEqualTo("INV-2025-000001");
    }

    @Test
    void aNumberTakenByATransactionThatRollsBackIsIssuedToTheNextInvoice() {
        String entity = "GR" + (int) (Math.random() * 90000 + 10000);
        UUID customer = registerCustomer(entity, "EUR", 30);
        QuarkusTransaction.begin();
        String taken = numbers.next(entity, "INV", 2026);
        QuarkusTransaction.rollback();
        String issued = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-05-01", "1", "10", "19")).post("/api/v1/invoices")
                .then().statusCode(201).extract().path("invoiceNumber");
        assertThat(taken).isEqualTo("INV-2026-000001");
        assertThat(issued).isEqualTo("INV-2026-000001");
    }
}
