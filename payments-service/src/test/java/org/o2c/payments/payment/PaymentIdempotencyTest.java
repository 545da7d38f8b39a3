package org.o2c.payments.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.payments.Receivables.AUDITOR;
import static org.o2c.payments.Receivables.CLERK;
import static org.o2c.payments.Receivables.account;
import static org.o2c.payments.Receivables.allocationJson;
import static org.o2c.payments.Receivables.pay;
import static org.o2c.payments.Receivables.paymentJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.payments.Receivables;

@QuarkusTest
class PaymentIdempotencyTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void aPaymentPostedTwiceWithTheSameKeyIsRecordedOnce() {
        try (Receivables ledger = new Receivables(kafka)) {
            UUID customer = ledger.customer("ID01", "EUR");
            String key = "bank-line-" + UUID.randomUUID();
            String body = paymentJson(customer, "75.00", "EUR", "advance");
            String first = given().header("Authorization", CLERK).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).post("/api/v1/payments")
                    .then().statusCode(201).extract().asString();
            String again = given().header("Authorization", CLERK).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).post("/api/v1/payments")
                    .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
            assertThat(again).isEqualTo(first);
            given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString())
                    .get("/api/v1/payments").then().body("totalItems", equalTo(1));
            assertThat(account(customer).getString("accounts[0].totals.unappliedCash")).isEqualTo("75.00");
        }
    }

    @Test
    void anAllocationRepeatedWithTheSameKeyAppliesOnce() {
        try (Receivables ledger = new Receivables(kafka)) {
            UUID customer = ledger.customer("ID01", "EUR");
            InvoiceIssued invoice = ledger.invoice(customer, "ID01", "EUR", "100.00");
            String payment = pay(customer, "100.00", "EUR", "").getString("paymentId");
            String key = "alloc-" + UUID.randomUUID();
            for (int i = 0; i < 2; i++) {
                given().header("Authorization", CLERK).header("Idempotency-Key", key).contentType(ContentType.JSON)
                        .body(allocationJson(invoice.invoiceId(), "30.00"))
                        .post("/api/v1/payments/" + payment + "/allocations").then().statusCode(200);
            }
            assertThat(account(customer).getString("accounts[0].totals.openItems")).isEqualTo("70.00");
        }
    }
}
