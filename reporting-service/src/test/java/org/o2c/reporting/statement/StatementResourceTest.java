package org.o2c.reporting.statement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.reporting.aging.LedgerAccount;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicWriter;

@QuarkusTest
class StatementResourceTest {
    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    private static final LocalDate TO = LocalDate.of(2026, 7, 31);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private final String collector = TestTokens.bearer("carl.collector", "collector");

    @Test
    void statementShowsOpeningBalanceEveryDocumentAndPaymentWithRunningBalanceAndClosingBalance() {
        LedgerAccount customer;
        UUID returnedPayment;
        UUID second;
        try (TopicWriter topics = new TopicWriter(kafka)) {
            customer = new LedgerAccount(topics, UUID.randomUUID(), "ST01", "EUR");
            customer.registered("Gasthaus Lindenhof");
            // before the period: 1000.00 invoiced, 600.00 paid -> opening balance 400.00
            UUID first = customer.invoice(LocalDate.of(2026, 6, 10), LocalDate.of(2026, 7, 10), "1000.00");
            returnedPayment = customer.payment(LocalDate.of(2026, 6, 20), "600.00", "first part");
            customer.apply(returnedPayment, first, "600.00", LocalDate.of(2026, 6, 21));
            // in the period
            second = customer.invoice(LocalDate.of(2026, 7, 5), LocalDate.of(2026, 8, 4), "500.00");
            UUID rest = customer.payment(LocalDate.of(2026, 7, 5), "300.00", "rest of first");
            customer.apply(rest, first, "300.00", LocalDate.of(2026, 7, 6));
            customer.creditNote(second, "100.00", LocalDate.of(2026, 7, 12));
            customer.paymentReturned(returnedPayment, LocalDate.of(2026, 7, 20));
            customer.payment(LocalDate.of(2026, 7, 31), "200.00", "advance");
            // Kafka delivers at least once: the same payment again is counted once
            customer.redeliverLast();
            // after the period
            customer.invoice(LocalDate.of(2026, 8, 2), LocalDate.of(2026, 9, 1), "700.00");
        }
        UUID customerId = customer.customerId();
        UUID secondInvoice = second;

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> statement(customerId, FROM, TO.plusDays(2), 100)
                .then().statusCode(200).body("balances[0].closingBalance", equalTo("1600.00")));
        statement(customerId, FROM, TO, 100).then().statusCode(200)
                .body("customerName", equalTo("Gasthaus Lindenhof"))
                .body("from", equalTo("2026-07-01"))
                .body("to", equalTo("2026-07-31"))
                .body("balances.size()", equalTo(1))
                .body("balances[0].currency", equalTo("EUR"))
                .body("balances[0].openingBalance", equalTo("400.00"))
                .body("balances[0].closingBalance", equalTo("900.00"))
                .body("balances[0].lines", equalTo(5))
                .body("lines.totalItems", equalTo(5))
                .body("lines.items[0].date", equalTo("2026-07-05"))
                .body("lines.items[0].kind", equalTo("INVOICE"))
                .body("lines.items[0].documentId", equalTo(secondInvoice.toString()))
                .body("lines.items[0].documentNumber", equalTo("INV-2026-" + customerId.toString().substring(0, 4)
                        + "-0002"))
                .body("lines.items[0].dueDate", equalTo("2026-08-04"))
                .body("lines.items[0].amount", equalTo("500.00"))
                .body("lines.items[0].runningBalance", equalTo("900.00"))
                .body("lines.items[1].kind", equalTo("PAYMENT_RECEIVED"))
                .body("lines.items[1].date", equalTo("2026-07-05"))
                .body("lines.items[1].reference", equalTo("rest of first"))
                .body("lines.items[1].dueDate", nullValue())
                .body("lines.items[1].amount", equalTo("-300.00"))
                .body("lines.items[1].runningBalance", equalTo("600.00"))
                .body("lines.items[2].kind", equalTo("CREDIT_NOTE"))
                .body("lines.items[2].date", equalTo("2026-07-12"))
                .body("lines.items[2].amount", equalTo("-100.00"))
                .body("lines.items[2].runningBalance", equalTo("500.00"))
                .body("lines.items[3].kind", equalTo("PAYMENT_RETURNED"))
                .body("lines.items[3].date", equalTo("2026-07-20"))
                .body("lines.items[3].documentId", equalTo(returnedPayment.toString()))
                .body("lines.items[3].amount", equalTo("600.00"))
                .body("lines.items[3].runningBalance", equalTo("1100.00"))
                .body("lines.items[4].kind", equalTo("PAYMENT_RECEIVED"))
                .body("lines.items[4].reference", equalTo("advance"))
                .body("lines.items[4].amount", equalTo("-200.00"))
                .body("lines.items[4].runningBalance", equalTo("900.00"));
        // a later page keeps counting from the opening balance
        given().header("Authorization", collector).queryParam("from", FROM.toString())
                .queryParam("to", TO.toString()).queryParam("page", 1).queryParam("size", 2)
                .get("/api/v1/customers/{id}/statement", customerId).then().statusCode(200)
                .body("lines.items.size()", equalTo(2))
                .body("lines.items[0].runningBalance", equalTo("500.00"))
                .body("lines.items[1].runningBalance", equalTo("1100.00"))
                .body("balances[0].closingBalance", equalTo("900.00"));
        // the statement's closing balance is what the aging nets: open items - unapplied cash - credit balance
        given().header("Authorization", collector).queryParam("asOf", TO.toString())
                .queryParam("customerId", customerId.toString()).get("/api/v1/reports/ar-aging").then()
                .statusCode(200).body("customers.items[0].netBalance", equalTo("900.00"));
    }

    @Test
    void anUnknownCustomerHasNoStatement() {
        statement(UUID.randomUUID(), FROM, TO, 100).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:not-found"));
    }

    @Test
    void badPeriodsAreProblemsNamingTheParameter() {
        UUID anyone = UUID.randomUUID();
        statement(anyone, TO, FROM, 100).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("from"))
                .body("violations.rule", hasItem("not-after-to"));
        given().header("Authorization", collector).queryParam("from", FROM.toString())
                .get("/api/v1/customers/{id}/statement", anyone).then().statusCode(400)
                .body("violations.field", hasItem("to"));
        statement(anyone, FROM, TO, 0).then().statusCode(400)
                .body("violations.field", hasItem("size"));
    }

    @Test
    void statementsAreReadByReceivablesRolesAndTheAuditorOnly() {
        for (String role : new String[] {"ar-clerk", "ar-manager", "collector", "credit-manager", "auditor"}) {
            given().header("Authorization", TestTokens.bearer("reader", role)).queryParam("from", FROM.toString())
                    .queryParam("to", TO.toString()).get("/api/v1/customers/{id}/statement", UUID.randomUUID())
                    .then().statusCode(404);
        }
        given().header("Authorization", TestTokens.bearer("ap", "ap-approver")).queryParam("from", FROM.toString())
                .queryParam("to", TO.toString()).get("/api/v1/customers/{id}/statement", UUID.randomUUID())
                .then().statusCode(403);
        given().queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .get("/api/v1/customers/{id}/statement", UUID.randomUUID()).then().statusCode(401);
    }

    private Response statement(UUID customerId, LocalDate from, LocalDate to, int size) {
        return given().header("Authorization", collector).queryParam("from", from.toString())
                .queryParam("to", to.toString()).queryParam("size", size)
                .get("/api/v1/customers/{id}/statement", customerId);
    }
}
