package org.o2c.payments.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.o2c.payments.Receivables.AUDITOR;
import static org.o2c.payments.Receivables.CLERK;
import static org.o2c.payments.Receivables.account;
import static org.o2c.payments.Receivables.accountOf;
import static org.o2c.payments.Receivables.allocate;
import static org.o2c.payments.Receivables.allocationJson;
import static org.o2c.payments.Receivables.pay;
import static org.o2c.payments.Receivables.paymentJson;
import static org.o2c.payments.Receivables.storedEvents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.payments.Receivables;
import org.o2c.testing.auth.TestTokens;

/**
 * Every refused request is a 4xx problem naming the field and the rule, and changes nothing: the account stores
 * no new event (so none is published) and its read model is as before.
 */
@QuarkusTest
class PaymentBadInputTest {
    @Inject
    DataSource dataSource;
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private Receivables ledger;
    private UUID customer;
    private UUID accountId;
    private InvoiceIssued invoice;
    private String payment;

    @BeforeEach
    void ledger() {
        ledger = new Receivables(kafka);
        customer = ledger.customer("BI01", "EUR");
        accountId = accountOf(customer, "EUR");
        invoice = ledger.invoice(customer, "BI01", "EUR", "100.00");
        payment = pay(customer, "150.00", "EUR", "").getString("paymentId");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void anAllocationAboveTheInvoicesOpenAmountIsRefused() {
        unchanged(() -> allocate(payment, invoice.invoiceId(), "100.01").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("allocations[0].amount"))
                .body("violations[0].rule", equalTo("not-above-open-amount")));
    }

    @Test
    void allocationsTogetherAboveThePaymentsUnappliedAmountAreRefused() {
        InvoiceIssued second = ledger.invoice(customer, "BI01", "EUR", "100.00");
        unchanged(() -> allocate(payment, invoice.invoiceId(), "100.00", second.invoiceId(), "50.01")
                .then().statusCode(422)
                .body("violations[0].field", equalTo("allocations"))
                .body("violations[0].rule", equalTo("not-above-unapplied")));
    }

    @Test
    void anotherCustomersInvoiceIsRefused() {
        UUID other = ledger.customer("BI01", "EUR");
        InvoiceIssued theirs = ledger.invoice(other, "BI01", "EUR", "10.00");
        unchanged(() -> allocate(payment, theirs.invoiceId(), "10.00").then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("allocations[0].invoiceId"))
                .body("violations[0].rule", equalTo("same-account")));
        assertThat(account(other).getString("accounts[0].totals.openItems")).isEqualTo("10.00");
    }

    @Test
    void anUnknownInvoiceIsAnUnknownReferenceAndAnUnknownPaymentIsNotFound() {
        unchanged(() -> allocate(payment, UUID.randomUUID(), "10.00").then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:unknown-reference"))
                .body("violations[0].field", equalTo("allocations[0].invoiceId")));
        unchanged(() -> allocate(UUID.randomUUID().toString(), invoice.invoiceId(), "10.00").then().statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("urn:o2c:problem:not-found")));
        unchanged(() -> given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"reason\": \"x\", \"returnedOn\": \"2026-11-25\"}")
                .post("/api/v1/payments/" + UUID.randomUUID() + "/reversal").then().statusCode(404));
        given().header("Authorization", AUDITOR).get("/api/v1/payments/" + UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("urn:o2c:problem:not-found"));
        given().header("Authorization", AUDITOR).get("/api/v1/accounts/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void zeroNegativeAndTooPreciseAmountsAreRefusedAsInvalid() {
        unchanged(() -> allocate(payment, invoice.invoiceId(), "0", invoice.invoiceId(), "-5").then().statusCode(400)
                .body("type", equalTo("urn:o2c:problem:validation-failed"))
                .body("violations.field", hasItems("allocations[0].amount", "allocations[1].amount"))
                .body("violations[0].rule", equalTo("positive")));
        unchanged(() -> allocate(payment, invoice.invoiceId(), "10.005").then().statusCode(400)
                .body("violations[0].rule", equalTo("minor-unit")));
        unchanged(() -> post(paymentJson(customer, "0.00", "EUR", "")).then().statusCode(400)
                .body("violations[0].field", equalTo("amount")).body("violations[0].rule", equalTo("positive")));
        unchanged(() -> post(paymentJson(customer, "-1.00", "EUR", "")).then().statusCode(400));
        unchanged(() -> post(paymentJson(customer, "1.001", "EUR", "")).then().statusCode(400)
                .body("violations[0].rule", equalTo("minor-unit")));
        unchanged(() -> post("{\"allocations\": []}").then().statusCode(400));
        unchanged(() -> allocate(payment).then().statusCode(400)
                .body("violations[0].field", equalTo("allocations")));
    }

    @Test
    void aPaymentInAnotherCurrencyThanTheCustomersIsRefused() {
        unchanged(() -> post(paymentJson(customer, "10.00", "USD", "")).then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("currency"))
                .body("violations[0].rule", equalTo("account-currency")));
        assertThat(storedEvents(dataSource, accountOf(customer, "USD"))).isZero();
        unchanged(() -> post(paymentJson(customer, "10.00", "XYZ", "")).then().statusCode(400)
                .body("violations[0].field", equalTo("currency")));
    }

    @Test
    void aPaymentOfAnUnknownCustomerIsAnUnknownReference() {
        UUID nobody = UUID.randomUUID();
        post(paymentJson(nobody, "10.00", "EUR", "")).then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:unknown-reference"))
                .body("violations[0].field", equalTo("customerId"));
        assertThat(storedEvents(dataSource, accountOf(nobody, "EUR"))).isZero();
    }

    @Test
    void aPaymentIsReturnedOnceAndAReturnedPaymentCannotBeApplied() {
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"reason\": \"insufficient funds\", \"returnedOn\": \"2026-11-25\"}")
                .post("/api/v1/payments/" + payment + "/reversal").then().statusCode(200);
        unchanged(() -> given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"reason\": \"again\", \"returnedOn\": \"2026-11-26\"}")
                .post("/api/v1/payments/" + payment + "/reversal").then().statusCode(422)
                .body("violations[0].field", equalTo("paymentId"))
                .body("violations[0].rule", equalTo("already-returned")));
        unchanged(() -> allocate(payment, invoice.invoiceId(), "10.00").then().statusCode(422)
                .body("violations[0].rule", equalTo("payment-returned")));
        unchanged(() -> given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"reason\": \"\"}")
                .post("/api/v1/payments/" + payment + "/reversal").then().statusCode(400)
                .body("violations.field", hasItems("reason", "returnedOn")));
    }

    @Test
    void noTokenOrAReadingRoleMayNotRecordAllocateOrReturn() {
        unchanged(() -> given().contentType(ContentType.JSON).body(paymentJson(customer, "10.00", "EUR", ""))
                .post("/api/v1/payments").then().statusCode(401).contentType("application/problem+json"));
        String auditor = TestTokens.bearer("aud", "auditor");
        unchanged(() -> given().header("Authorization", auditor).contentType(ContentType.JSON)
                .body(paymentJson(customer, "10.00", "EUR", "")).post("/api/v1/payments")
                .then().statusCode(403).body("type", equalTo("urn:o2c:problem:forbidden")));
        // an ERP integration records payments but does not decide how they are applied
        String integration = TestTokens.bearer("erp", "integration");
        unchanged(() -> given().header("Authorization", integration).contentType(ContentType.JSON)
                .body(allocationJson(invoice.invoiceId(), "10.00"))
                .post("/api/v1/payments/" + payment + "/allocations").then().statusCode(403));
        unchanged(() -> given().header("Authorization", TestTokens.bearer("col", "collector"))
                .contentType(ContentType.JSON).body("{\"reason\": \"x\", \"returnedOn\": \"2026-11-25\"}")
                .post("/api/v1/payments/" + payment + "/reversal").then().statusCode(403));
        given().get("/api/v1/accounts/" + customer).then().statusCode(401);
        given().get("/api/v1/payments/" + payment).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer("ap", "ap-clerk")).get("/api/v1/payments")
                .then().statusCode(403);
    }

    private static io.restassured.response.Response post(String body) {
        String path = body.contains("allocations") ? "/api/v1/payments/" + UUID.randomUUID() + "/allocations"
                : "/api/v1/payments";
        return given().header("Authorization", CLERK).contentType(ContentType.JSON).body(body).post(path);
    }

    /** Runs a refused request and checks that the account and its read model are exactly as before. */
    private void unchanged(Runnable refused) {
        long events = storedEvents(dataSource, accountId);
        String before = given().header("Authorization", AUDITOR).get("/api/v1/accounts/" + customer).asString();
        String payments = given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString())
                .get("/api/v1/payments").asString();
        refused.run();
        assertThat(storedEvents(dataSource, accountId)).as("events of the account").isEqualTo(events);
        assertThat(given().header("Authorization", AUDITOR).get("/api/v1/accounts/" + customer).asString())
                .isEqualTo(before);
        assertThat(given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString())
                .get("/api/v1/payments").asString()).isEqualTo(payments);
    }
}
