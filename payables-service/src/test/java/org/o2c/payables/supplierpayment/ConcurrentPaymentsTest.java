package org.o2c.payables.supplierpayment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.o2c.payables.Fixtures.APPROVER;
import static org.o2c.payables.Fixtures.AUDITOR;
import static org.o2c.payables.Fixtures.CLERK;
import static org.o2c.payables.Fixtures.approvedInvoice;
import static org.o2c.payables.Fixtures.invoiceJson;
import static org.o2c.payables.Fixtures.paymentJson;
import static org.o2c.payables.Fixtures.registerSupplier;
import static org.o2c.payables.Fixtures.storedEvents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;

/**
 * Invariant 8 when requests race: an invoice is never paid above its open amount, a number is registered once,
 * an invoice is approved once.
 */
@QuarkusTest
class ConcurrentPaymentsTest {
    private static final int PARALLEL = 8;

    @Inject
    DataSource dataSource;

    @Test
    void racingPaymentsOnOneInvoiceNeverTogetherExceedItsOpenAmount() {
        UUID supplier = registerSupplier("CP01", "EUR", 30);
        UUID invoice = approvedInvoice(supplier, "EUR", "100.00");
        UUID other = approvedInvoice(supplier, "EUR", "1000.00");

        // each pays 30.00 on the contested invoice (at most three fit) and 1.00 on another
        List<Integer> statuses = race(() -> given().header("Authorization", APPROVER).contentType(ContentType.JSON)
                .body(paymentJson(supplier, other, "1.00", invoice, "30.00"))
                .post("/api/v1/supplier-payments").then().extract().statusCode());

        long paid = statuses.stream().filter(s -> s == 201).count();
        assertThat(paid).as("racers take turns: as many are paid as fit into the open amount").isEqualTo(3);
        assertThat(statuses).as("the others are refused over the open amount").allMatch(s -> s == 201 || s == 422);
        JsonPath contested = invoice(invoice);
        BigDecimal open = new BigDecimal(contested.getString("openAmount"));
        assertThat(open).isEqualByComparingTo(new BigDecimal("100.00").subtract(new BigDecimal("30.00").multiply(
                BigDecimal.valueOf(paid))));
        assertThat(open.signum()).isGreaterThanOrEqualTo(0);
        assertThat(contested.getList("payments")).hasSize((int) paid);
        // a refused payment left nothing on the other invoice either
        assertThat(new BigDecimal(invoice(other).getString("openAmount")))
                .isEqualByComparingTo(new BigDecimal("1000.00").subtract(BigDecimal.valueOf(paid)));
        assertThat(storedEvents(dataSource, "SupplierPaymentMade.v1", supplier.toString())).isEqualTo(paid);

        // what remains open can still be paid in full
        given().header("Authorization", APPROVER).contentType(ContentType.JSON)
                .body(paymentJson(supplier, invoice, "10.00"))
                .post("/api/v1/supplier-payments").then().statusCode(201);
        assertThat(invoice(invoice).getString("status")).isEqualTo("PAID");
    }

    @Test
    void racingRegistrationsOfOneSupplierInvoiceNumberRegisterOneInvoice() {
        UUID supplier = registerSupplier("CP01", "EUR", 30);
        String[] spellings = {"RE-2026-0815", "re-2026-0815", " RE-2026-0815 ", "RE - 2026 - 0815"};
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = race(() -> given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(supplier, spellings[next.getAndIncrement() % spellings.length], "EUR", "100.00",
                        "19.00", "119.00"))
                .post("/api/v1/supplier-invoices").then().extract().statusCode());

        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(PARALLEL - 1);
        assertThat(given().header("Authorization", AUDITOR).queryParam("supplierId", supplier.toString())
                .get("/api/v1/supplier-invoices").then().extract().<Integer>path("totalItems")).isEqualTo(1);
        assertThat(storedEvents(dataSource, "SupplierInvoiceRegistered.v1", supplier.toString())).isEqualTo(1);
    }

    @Test
    void racingApprovalsApproveOnce() {
        UUID supplier = registerSupplier("CP01", "EUR", 30);
        UUID invoice = org.o2c.payables.Fixtures.registerInvoice(supplier, "EUR", "50.00");
        AtomicInteger approver = new AtomicInteger();
        List<Integer> statuses = race(() -> given()
                .header("Authorization", TestTokens.bearer("approver" + approver.getAndIncrement(), "ap-approver"))
                .post("/api/v1/supplier-invoices/" + invoice + "/approval").then().extract().statusCode());

        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        assertThat(statuses.stream().filter(s -> s == 422).count()).isEqualTo(PARALLEL - 1);
        assertThat(storedEvents(dataSource, "SupplierInvoiceApproved.v1", invoice.toString())).isEqualTo(1);
    }

    /** Starts the requests together and collects their statuses. */
    private static List<Integer> race(Supplier<Integer> request) {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return request.get();
                }, pool));
            }
            start.countDown();
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    private static JsonPath invoice(UUID id) {
        return given().header("Authorization", AUDITOR).get("/api/v1/supplier-invoices/" + id)
                .then().statusCode(200).extract().jsonPath();
    }
}
