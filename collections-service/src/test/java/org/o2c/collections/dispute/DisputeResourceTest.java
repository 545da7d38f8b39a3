package org.o2c.collections.dispute;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.collections.Fixtures.AUDITOR;
import static org.o2c.collections.Fixtures.CLERK;
import static org.o2c.collections.Fixtures.COLLECTOR;
import static org.o2c.collections.Fixtures.awaitOverdue;
import static org.o2c.collections.Fixtures.dunningRun;
import static org.o2c.collections.Fixtures.newLegalEntity;
import static org.o2c.collections.Fixtures.post;
import static org.o2c.collections.Fixtures.storedEvents;
import static org.o2c.collections.Fixtures.today;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.collections.LedgerFeed;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class DisputeResourceTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    @Test
    void aDeductionFromCashApplicationOpensAShortPaymentDisputeOnceAndKeepsTheInvoiceOffTheLetter() {
        String entity = newLegalEntity();
        LocalDate asOf = today();
        UUID customer = UUID.randomUUID();
        UUID deduction;
        String eventId = UUID.randomUUID().toString();
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            UUID shortPaid = ledger.openItem(customer, "INV-7", asOf.minusDays(30), "40.00");
            ledger.openItem(customer, "INV-8", asOf.minusDays(8), "100.00");
            deduction = ledger.deduction(customer, shortPaid, "INV-7", "40.00", eventId);
            ledger.deduction(customer, shortPaid, "INV-7", "40.00", eventId); // delivered again
        }
        awaitOverdue(entity, customer, asOf, "140.00");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().header("Authorization", CLERK).get("/api/v1/disputes/" + deduction).then().statusCode(200)
                        .body("reasonCode", equalTo("SHORT_PAYMENT"))
                        .body("invoiceNumber", equalTo("INV-7"))
                        .body("amount", equalTo("40.00"))
                        .body("status", equalTo("OPEN"))
                        .body("note", equalTo("short payment: short by 40.00 on invoice INV-7")));
        assertThat(storedEvents(dataSource, "DisputeOpened.v1", deduction)).isEqualTo(1);
        dunningRun(entity, asOf).then().statusCode(201)
                .body("letters[0].items.invoiceNumber", contains("INV-8"));
    }

    @Test
    void aDisputedInvoiceIsLeftOffTheLetterUntilTheDisputeIsResolved() {
        String entity = newLegalEntity();
        LocalDate asOf = today();
        UUID customer = UUID.randomUUID();
        UUID disputed;
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            disputed = ledger.openItem(customer, "INV-1", asOf.minusDays(30), "568.82");
            ledger.openItem(customer, "INV-2", asOf.minusDays(8), "100.00");
        }
        awaitOverdue(entity, customer, asOf, "668.82");

        String disputeId = post(CLERK, "/api/v1/disputes", """
                {"invoiceId": "%s", "reasonCode": "DAMAGED_GOODS", "amount": "120.00",
                 "note": "Two kegs arrived dented"}""".formatted(disputed))
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("invoiceNumber", equalTo("INV-1"))
                .body("customerId", equalTo(customer.toString()))
                .body("amount", equalTo("120.00"))
                .body("note", equalTo("Two kegs arrived dented"))
                .body("openedOn", equalTo(asOf.toString()))
                .extract().path("id");

        dunningRun(entity, asOf).then().statusCode(201)
                .body("letters[0].items.invoiceNumber", contains("INV-2"))
                .body("letters[0].level", equalTo(1));

        post(COLLECTOR, "/api/v1/disputes/" + disputeId + "/resolution",
                "{\"resolution\": \"CUSTOMER_WRONG\", \"note\": \"Delivery note signed without remarks\"}")
                .then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolution", equalTo("CUSTOMER_WRONG"))
                .body("resolvedOn", equalTo(asOf.toString()));

        // the disputed invoice was never dunned: it now reaches level 2 for the first time
        dunningRun(entity, asOf).then().statusCode(201)
                .body("letters[0].items.invoiceNumber", contains("INV-1", "INV-2"))
                .body("letters[0].level", equalTo(2));

        try (TopicReader reader = new TopicReader(kafka, "o2c.collections.events")) {
            List<TopicReader.Message> seen = reader.readUntil(messages -> messages.stream()
                    .filter(m -> disputeId.equals(m.key())).count() == 2, Duration.ofSeconds(20));
            List<TopicReader.Message> ofDispute = seen.stream().filter(m -> disputeId.equals(m.key())).toList();
            assertThat(ofDispute).extracting(m -> m.header("ce_type"))
                    .containsExactly("DisputeOpened.v1", "DisputeResolved.v1");
            assertThat(ofDispute.get(0).header("ce_actinguser")).isEqualTo("clara.clerk");
            assertThat(ofDispute.get(0).value()).contains("\"amount\":\"120.00\"").doesNotContain("kegs");
        }
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString())
                .queryParam("status", "RESOLVED").get("/api/v1/disputes").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(disputeId));
    }

    @Test
    void anUnknownInvoiceIsAnUnknownReferenceAndOpensNothing() {
        UUID unknown = UUID.randomUUID();
        post(CLERK, "/api/v1/disputes", """
                {"invoiceId": "%s", "reasonCode": "PRICE", "amount": "1.00"}""".formatted(unknown))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:unknown-reference"))
                .body("violations[0].field", equalTo("invoiceId"));
        assertThat(storedEvents(dataSource, "DisputeOpened.v1", unknown)).isZero();
    }

    @Test
    void anAmountAboveTheOpenAmountIsRefusedAndOpensNothing() {
        String entity = newLegalEntity();
        UUID customer = UUID.randomUUID();
        UUID invoice;
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            invoice = ledger.openItem(customer, "INV-1", today().minusDays(20), "200.00");
            ledger.paymentApplied(customer, invoice, "INV-1", "150.00", "50.00");
        }
        awaitOverdue(entity, customer, today(), "50.00");
        post(CLERK, "/api/v1/disputes", """
                {"invoiceId": "%s", "reasonCode": "PRICE", "amount": "50.01"}""".formatted(invoice))
                .then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("amount"))
                .body("violations[0].rule", equalTo("within-open-amount"));
        post(CLERK, "/api/v1/disputes", """
                {"invoiceId": "%s", "reasonCode": "price", "amount": "-1"}""".formatted(invoice))
                .then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItems("reasonCode", "amount"));
        assertThat(storedEvents(dataSource, "DisputeOpened.v1", invoice)).isZero();
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString())
                .get("/api/v1/disputes").then().body("totalItems", equalTo(0));
    }

    @Test
    void aDisputeIsResolvedOnceAndASecondDisputeOfTheSameInvoiceWaitsForIt() {
        String entity = newLegalEntity();
        UUID customer = UUID.randomUUID();
        UUID invoice;
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            invoice = ledger.openItem(customer, "INV-1", today().minusDays(20), "200.00");
        }
        awaitOverdue(entity, customer, today(), "200.00");
        String body = "{\"invoiceId\": \"%s\", \"reasonCode\": \"PRICE\", \"amount\": \"20\"}".formatted(invoice);
        String id = post(CLERK, "/api/v1/disputes", body).then().statusCode(201).extract().path("id");
        post(CLERK, "/api/v1/disputes", body).then().statusCode(422)
                .body("violations[0].rule", equalTo("one-open-dispute"));

        post(COLLECTOR, "/api/v1/disputes/" + id + "/resolution", "{\"resolution\": \"CUSTOMER_RIGHT\"}")
                .then().statusCode(200);
        post(COLLECTOR, "/api/v1/disputes/" + id + "/resolution", "{\"resolution\": \"CUSTOMER_WRONG\"}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].rule", equalTo("open-dispute"));
        given().header("Authorization", AUDITOR).get("/api/v1/disputes/" + id).then().statusCode(200)
                .body("resolution", equalTo("CUSTOMER_RIGHT"));
        assertThat(storedEvents(dataSource, "DisputeResolved.v1", UUID.fromString(id))).isEqualTo(1);
        assertThat(storedEvents(dataSource, "DisputeOpened.v1", invoice)).isEqualTo(1);

        post(COLLECTOR, "/api/v1/disputes/" + UUID.randomUUID() + "/resolution", "{\"resolution\": \"WITHDRAWN\"}")
                .then().statusCode(404);
        post(COLLECTOR, "/api/v1/disputes/" + id + "/resolution", "{\"resolution\": \"MAYBE\"}")
                .then().statusCode(400).body("violations[0].field", equalTo("resolution"));
    }

    @Test
    void rolesDecideWhoMayOpenAndResolve() {
        String entity = newLegalEntity();
        UUID customer = UUID.randomUUID();
        UUID invoice;
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            invoice = ledger.openItem(customer, "INV-1", today().minusDays(20), "200.00");
        }
        awaitOverdue(entity, customer, today(), "200.00");
        String body = "{\"invoiceId\": \"%s\", \"reasonCode\": \"PRICE\", \"amount\": \"20\"}".formatted(invoice);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/disputes").then().statusCode(401);
        post(AUDITOR, "/api/v1/disputes", body).then().statusCode(403)
                .body("type", equalTo("urn:o2c:problem:forbidden"));
        post(TestTokens.bearer("ap", "ap-clerk"), "/api/v1/disputes", body).then().statusCode(403);
        assertThat(storedEvents(dataSource, "DisputeOpened.v1", invoice)).isZero();

        String id = post(CLERK, "/api/v1/disputes", body).then().statusCode(201).extract().path("id");
        post(CLERK, "/api/v1/disputes/" + id + "/resolution", "{\"resolution\": \"WITHDRAWN\"}")
                .then().statusCode(403);
        assertThat(storedEvents(dataSource, "DisputeResolved.v1", UUID.fromString(id))).isZero();
    }
}
