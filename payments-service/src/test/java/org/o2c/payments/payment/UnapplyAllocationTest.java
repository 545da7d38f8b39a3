package org.o2c.payments.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.payments.Receivables;

/** An application taken back: the invoice open again, the cash unapplied again, the history kept. */
@QuarkusTest
class UnapplyAllocationTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void anApplicationTakenBackReopensTheInvoiceAndTheCashCanBeAppliedElsewhere() {
        UUID customer;
        InvoiceIssued wrong;
        InvoiceIssued right;
        try (Receivables ledger = new Receivables(kafka)) {
            customer = ledger.customer("UA01", "EUR");
            wrong = ledger.invoice(customer, "UA01", "EUR", "250.00");
            right = ledger.invoice(customer, "UA01", "EUR", "250.00");
        }
        String payment = Receivables.pay(customer, "250.00", "EUR", wrong.invoiceNumber()).getString("paymentId");
        assertThat(Receivables.account(customer).getString("accounts[0].totals.openItems")).isEqualTo("250.00");

        JsonPath taken = unapply(payment, 1).then().statusCode(200).extract().jsonPath();
        assertThat(taken.getString("status")).isEqualTo("UNAPPLIED");
        assertThat(taken.getString("unappliedAmount")).isEqualTo("250.00");
        assertThat(taken.getBoolean("applications[0].reversed")).isTrue();
        JsonPath account = Receivables.account(customer);
        assertThat(account.getString("accounts[0].totals.openItems")).isEqualTo("500.00");
        assertThat(account.getString("accounts[0].totals.unappliedCash")).isEqualTo("250.00");

        unapply(payment, 1).then().statusCode(409).body("violations[0].rule", equalTo("not-yet-reversed"));
        unapply(payment, 2).then().statusCode(404).body("violations[0].field", equalTo("allocation"));
        Receivables.allocate(payment, right.invoiceId(), "250.00").then().statusCode(200)
                .body("applications[1].invoiceNumber", equalTo(right.invoiceNumber()))
                .body("status", equalTo("APPLIED"));
        assertThat(Receivables.account(customer).getList("accounts[0].openItems.items.invoiceNumber"))
                .containsExactly(wrong.invoiceNumber());
        given().header("Authorization", Receivables.AUDITOR).get("/api/v1/payments/" + payment + "/history")
                .then().statusCode(200).body("events.type", hasItem("PaymentUnapplied.v1"));
    }

    private static io.restassured.response.Response unapply(String payment, int allocation) {
        return given().header("Authorization", Receivables.CLERK).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body("{\"reason\": \"applied to the wrong invoice\"}")
                .post("/api/v1/payments/" + payment + "/allocations/" + allocation + "/reversal");
    }
}
