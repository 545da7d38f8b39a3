package org.o2c.payments.payment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.o2c.payments.Receivables.AUDITOR;
import static org.o2c.payments.Receivables.allocate;
import static org.o2c.payments.Receivables.pay;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.payments.Receivables;

/** A payment lives in its customer's account; its history is the account's events that name it, and no other. */
@QuarkusTest
class PaymentHistoryTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void aPaymentsHistoryShowsItsReceiptAndApplicationButNotTheOtherPaymentsOfTheAccount() {
        try (Receivables ledger = new Receivables(kafka)) {
            UUID customer = ledger.customer("PH01", "EUR");
            InvoiceIssued invoice = ledger.invoice(customer, "PH01", "EUR", "300.00");
            String first = pay(customer, "100.00", "EUR", "first").getString("paymentId");
            String second = pay(customer, "50.00", "EUR", "second").getString("paymentId");
            allocate(first, invoice.invoiceId(), "100.00").then().statusCode(200);

            given().header("Authorization", AUDITOR).get("/api/v1/payments/" + first + "/history")
                    .then().statusCode(200)
                    .body("documentId", equalTo(first))
                    .body("events.type", contains("PaymentReceived.v1", "PaymentApplied.v1"))
                    .body("events.actingUser", everyItem(equalTo("clara.clerk")))
                    .body("events[0].changes.paymentId", equalTo(first))
                    .body("events[1].changes.invoiceId", equalTo(invoice.invoiceId().toString()));
            given().header("Authorization", AUDITOR).get("/api/v1/payments/" + second + "/history")
                    .then().statusCode(200)
                    .body("events.type", contains("PaymentReceived.v1"));
        }
    }
}
