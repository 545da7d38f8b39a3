package org.o2c.payables.supplierpayment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.payables.Fixtures.APPROVER;
import static org.o2c.payables.Fixtures.AUDITOR;
import static org.o2c.payables.Fixtures.CLERK;
import static org.o2c.payables.Fixtures.approvedInvoice;
import static org.o2c.payables.Fixtures.invoiceJson;
import static org.o2c.payables.Fixtures.paymentJson;
import static org.o2c.payables.Fixtures.registerSupplier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A retried POST with the same Idempotency-Key takes effect once and answers as the first time. */
@QuarkusTest
class SupplierPaymentIdempotencyTest {

    @Test
    void aRetriedPaymentPaysOnce() {
        UUID supplier = registerSupplier("IP01", "EUR", 30);
        UUID invoice = approvedInvoice(supplier, "EUR", "300.00");
        String key = "bank-file-" + UUID.randomUUID();
        String body = paymentJson(supplier, invoice, "100.00");

        String first = given().header("Authorization", APPROVER).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/supplier-payments")
                .then().statusCode(201).extract().asString();
        String again = given().header("Authorization", APPROVER).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/supplier-payments")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();

        assertThat(again).isEqualTo(first);
        given().header("Authorization", AUDITOR).get("/api/v1/supplier-invoices/" + invoice)
                .then().body("openAmount", equalTo("200.00")).body("payments.size()", equalTo(1));
        given().header("Authorization", AUDITOR).queryParam("supplierId", supplier.toString())
                .get("/api/v1/supplier-payments").then().body("totalItems", equalTo(1));
    }

    @Test
    void theSameKeyForADifferentPaymentIsRefused() {
        UUID supplier = registerSupplier("IP01", "EUR", 30);
        UUID invoice = approvedInvoice(supplier, "EUR", "300.00");
        String key = "bank-file-" + UUID.randomUUID();
        given().header("Authorization", APPROVER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(paymentJson(supplier, invoice, "100.00")).post("/api/v1/supplier-payments")
                .then().statusCode(201);
        given().header("Authorization", APPROVER).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(paymentJson(supplier, invoice, "150.00")).post("/api/v1/supplier-payments")
                .then().statusCode(422).body("type", equalTo("urn:o2c:problem:idempotency-key-reused"));
        given().header("Authorization", AUDITOR).get("/api/v1/supplier-invoices/" + invoice)
                .then().body("openAmount", equalTo("200.00"));
    }

    @Test
    void aRetriedRegistrationRegistersOnceAndIsNotADuplicate() {
        UUID supplier = registerSupplier("IP01", "EUR", 30);
        String key = "erp-ap-" + UUID.randomUUID();
        String body = invoiceJson(supplier, "RE-77", "EUR", "10.00", "1.90", "11.90");
        String first = given().header("Authorization", CLERK).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/supplier-invoices")
                .then().statusCode(201).extract().path("id");
        String again = given().header("Authorization", CLERK).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/supplier-invoices")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        given().header("Authorization", AUDITOR).queryParam("supplierId", supplier.toString())
                .get("/api/v1/supplier-invoices").then().body("totalItems", equalTo(1));
    }
}
