package org.o2c.collections.promise;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
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
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.o2c.collections.LedgerFeed;
import org.o2c.collections.TestClock;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class PromiseResourceTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    @AfterEach
    void backToToday() {
        TestClock.reset();
    }

    @Test
    void aPromiseHoldsDunningBackUntilItIsBrokenAndARedeliveredPaymentCountsOnce() {
        String entity = newLegalEntity();
        LocalDate today = today();
        UUID customer = UUID.randomUUID();
        UUID invoice;
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            invoice = ledger.openItem(customer, "INV-1", today.minusDays(10), "100.00");
        }
        awaitOverdue(entity, customer, today, "100.00");

        String promiseId = post(CLERK, "/api/v1/promises-to-pay", """
                {"customerId": "%s", "amount": "100", "promisedDate": "%s", "invoiceIds": ["%s"]}"""
                .formatted(customer, today.plusDays(2), invoice))
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("amount", equalTo("100.00"))
                .body("currency", equalTo("EUR"))
                .body("legalEntity", equalTo(entity))
                .body("recordedOn", equalTo(today.toString()))
                .body("invoiceIds", contains(invoice.toString()))
                .extract().path("id");
        dunningRun(entity, today).then().statusCode(201).body("letters", empty()).body("promisesBroken", equalTo(0));

        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            UUID payment = UUID.randomUUID();
            String eventId = UUID.randomUUID().toString();
            ledger.paymentReceived(customer, payment, "40.00", today.plusDays(1), eventId);
            ledger.paymentReceived(customer, payment, "40.00", today.plusDays(1), eventId); // redelivered
            ledger.paymentReceived(customer, UUID.randomUUID(), "60.00", today.plusDays(3), UUID.randomUUID().toString());
            // ordered after the payments on the customer's account: once it shows, they have been taken
            ledger.openItem(customer, "INV-2", today.plusDays(30), "1.00");
        }
        awaitOverdue(entity, customer, today.plusDays(40), "101.00");

        TestClock.moveDaysAhead(5);
        LocalDate later = today.plusDays(5);
        dunningRun(entity, later).then().statusCode(201)
                .body("promisesBroken", equalTo(1))
                .body("letters[0].items.invoiceNumber", contains("INV-1"));
        given().header("Authorization", AUDITOR).get("/api/v1/promises-to-pay/" + promiseId).then().statusCode(200)
                .body("status", equalTo("BROKEN"))
                .body("receivedAmount", equalTo("40.00"))
                .body("checkedOn", equalTo(later.toString()));

        try (TopicReader reader = new TopicReader(kafka, "o2c.collections.events")) {
            List<TopicReader.Message> seen = reader.readUntil(messages -> messages.stream()
                    .filter(m -> promiseId.equals(m.key())).count() == 2, Duration.ofSeconds(20));
            List<TopicReader.Message> ofPromise = seen.stream().filter(m -> promiseId.equals(m.key())).toList();
            assertThat(ofPromise).extracting(m -> m.header("ce_type"))
                    .containsExactly("PromiseToPayRecorded.v1", "PromiseBroken.v1");
            assertThat(ofPromise.get(1).value()).contains("\"receivedAmount\":\"40.00\"")
                    .contains("\"detectedOn\":\"" + later + "\"");
            assertThat(ofPromise.get(1).header("ce_legalentity")).isEqualTo(entity);
        }
    }

    @Test
    void aPromisePaidInFullByItsDateIsKeptOnce() {
        String entity = newLegalEntity();
        LocalDate today = today();
        UUID customer = UUID.randomUUID();
        UUID invoice;
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            invoice = ledger.openItem(customer, "INV-1", today.minusDays(10), "50.00");
        }
        awaitOverdue(entity, customer, today, "50.00");
        String promiseId = post(COLLECTOR, "/api/v1/promises-to-pay", """
                {"customerId": "%s", "amount": "50.00", "promisedDate": "%s", "invoiceIds": ["%s", "%s"]}"""
                .formatted(customer, today, invoice, invoice))
                .then().statusCode(201).body("invoiceIds.size()", equalTo(1)).extract().path("id");
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            ledger.paymentReceived(customer, UUID.randomUUID(), "50.00", today, UUID.randomUUID().toString());
            ledger.openItem(customer, "INV-2", today.plusDays(30), "1.00");
        }
        awaitOverdue(entity, customer, today.plusDays(40), "51.00");

        TestClock.moveDaysAhead(1);
        String check = "{\"asOf\": \"%s\", \"legalEntity\": \"%s\"}".formatted(today.plusDays(1), entity);
        post(COLLECTOR, "/api/v1/promise-checks", check).then().statusCode(200)
                .body("kept", equalTo(1)).body("broken", empty());
        post(COLLECTOR, "/api/v1/promise-checks", check).then().statusCode(200)
                .body("kept", equalTo(0)).body("broken", empty());
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString())
                .queryParam("status", "KEPT").get("/api/v1/promises-to-pay").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(promiseId))
                .body("items[0].receivedAmount", equalTo("50.00"));
    }

    @Test
    void aPromiseMustCoverTheCustomersOwnKnownInvoicesAndLieAhead() {
        String entity = newLegalEntity();
        LocalDate today = today();
        UUID customer = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID own;
        UUID foreign;
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            own = ledger.openItem(customer, "INV-1", today.minusDays(10), "50.00");
            foreign = ledger.openItem(other, "INV-2", today.minusDays(10), "70.00");
        }
        awaitOverdue(entity, customer, today, "50.00");
        awaitOverdue(entity, other, today, "70.00");
        String template = """
                {"customerId": "%s", "amount": "10", "promisedDate": "%s", "invoiceIds": ["%s", "%s"]}""";

        post(CLERK, "/api/v1/promises-to-pay", template.formatted(customer, today.plusDays(3), own, foreign))
                .then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("invoiceIds[1]"))
                .body("violations[0].rule", equalTo("customers-invoice"));
        UUID unknown = UUID.randomUUID();
        post(CLERK, "/api/v1/promises-to-pay", template.formatted(customer, today.plusDays(3), own, unknown))
                .then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:unknown-reference"))
                .body("violations[0].field", equalTo("invoiceIds[1]"));
        post(CLERK, "/api/v1/promises-to-pay", template.formatted(customer, today.minusDays(1), own, own))
                .then().statusCode(422)
                .body("violations[0].field", equalTo("promisedDate"))
                .body("violations[0].rule", equalTo("not-in-past"));
        post(CLERK, "/api/v1/promises-to-pay", "{\"customerId\": \"%s\", \"amount\": \"0\", \"invoiceIds\": []}"
                .formatted(customer))
                .then().statusCode(400)
                .body("violations.field", hasItems("amount", "promisedDate", "invoiceIds"));
        post(AUDITOR, "/api/v1/promises-to-pay", template.formatted(customer, today.plusDays(3), own, own))
                .then().statusCode(403);

        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString())
                .get("/api/v1/promises-to-pay").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(storedEvents(dataSource, "PromiseToPayRecorded.v1", customer)).isZero();
    }

    @Test
    void checkingPromisesAsOfAFutureDateIsRefused() {
        post(COLLECTOR, "/api/v1/promise-checks", "{\"asOf\": \"%s\"}".formatted(today().plusDays(1)))
                .then().statusCode(422)
                .body("violations[0].field", equalTo("asOf"))
                .body("violations[0].rule", equalTo("not-in-future"));
        post(CLERK, "/api/v1/promise-checks", "{\"asOf\": \"%s\"}".formatted(today()))
                .then().statusCode(403);
    }
}
