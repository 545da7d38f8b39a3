package org.o2c.payments.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.o2c.payments.Receivables.AUDITOR;
import static org.o2c.payments.Receivables.account;
import static org.o2c.payments.Receivables.allocate;
import static org.o2c.payments.Receivables.pay;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.payments.Receivables;

@QuarkusTest
class AllocationConcurrencyTest {
    private static final int CLERKS = 6;

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void concurrentAllocationsAgainstOneInvoiceNeverTogetherExceedItsOpenAmount() throws Exception {
        try (Receivables ledger = new Receivables(kafka)) {
            UUID customer = ledger.customer("CC01", "EUR");
            InvoiceIssued invoice = ledger.invoice(customer, "CC01", "EUR", "100.00");
            List<String> payments = new ArrayList<>();
            for (int i = 0; i < CLERKS; i++) {
                payments.add(pay(customer, "40.00", "EUR", "").getString("paymentId"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
            CountDownLatch start = new CountDownLatch(1);
            try {
                List<CompletableFuture<Integer>> answers = new ArrayList<>();
                for (String payment : payments) {
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return allocate(payment, invoice.invoiceId(), "40.00").statusCode();
                    }, pool));
                }
                start.countDown();
                List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
                // 100.00 open takes two of 40.00; every other clerk is told why (422) or to retry (409)
                assertThat(statuses).isSubsetOf(200, 409, 422);
                assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(2);
            } finally {
                pool.shutdown();
            }
            BigDecimal applied = BigDecimal.ZERO;
            for (String payment : payments) {
                for (String amount : RestAssured.given().header("Authorization", AUDITOR)
                        .get("/api/v1/payments/" + payment).then().statusCode(200).extract().jsonPath()
                        .getList("applications.amount", String.class)) {
                    applied = applied.add(new BigDecimal(amount));
                }
            }
            assertThat(applied).isEqualByComparingTo("80.00");
            assertThat(account(customer).getString("accounts[0].openItems.items[0].openAmount")).isEqualTo("20.00");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
