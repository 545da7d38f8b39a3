package org.o2c.reporting.dso;

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
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.reporting.aging.LedgerAccount;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicWriter;

@QuarkusTest
class DsoResourceTest {
    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    private static final LocalDate TO = LocalDate.of(2026, 9, 30);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private final String manager = TestTokens.bearer("mia.manager", "ar-manager");

    @Test
    void dsoIsReceivablesAtPeriodEndOverCreditSalesTimesDaysWithItsInputsShown() {
        String entity = "DS" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        try (TopicWriter topics = new TopicWriter(kafka)) {
            LedgerAccount euros = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR");
            LedgerAccount dollars = new LedgerAccount(topics, UUID.randomUUID(), entity, "USD");
            // issued before the period: a receivable at its end, not a sale of it
            euros.invoice(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15), "1000.00");
            // a sale of the period, partly paid in it: 500.00 still open at its end
            UUID partlyPaid = euros.invoice(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 8, 9), "2000.00");
            UUID payment = euros.payment(LocalDate.of(2026, 8, 1), "1500.00", "part");
            euros.apply(payment, partlyPaid, "1500.00", LocalDate.of(2026, 8, 1));
            // a sale of the period, credited in it and paid only after it: 2700.00 open at its end
            UUID paidLater = euros.invoice(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 20), "3000.00");
            euros.creditNote(paidLater, "300.00", LocalDate.of(2026, 9, 25));
            UUID late = euros.payment(LocalDate.of(2026, 10, 5), "2700.00", "after the period");
            euros.apply(late, paidLater, "2700.00", LocalDate.of(2026, 10, 5));
            // issued after the period: neither
            euros.invoice(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 11, 1), "999.00");
            // a currency without sales in the period
            dollars.invoice(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1), "100.00");
        }
        // receivables at end = 1000.00 + 500.00 + 2700.00 = 4200.00
        // credit sales = 2000.00 + 3000.00 - 300.00 = 4700.00; days = 92
        // DSO = 4200.00 / 4700.00 x 92 = 82.2127... = 82.2
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", manager)
                .queryParam("asOf", "2026-10-10").queryParam("legalEntity", entity).queryParam("currency", "EUR")
                .get("/api/v1/reports/ar-aging").then().statusCode(200)
                .body("totals[0].amounts.total", equalTo("2499.00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> dso(entity).then().statusCode(200)
                .body("results.size()", equalTo(2)));
        dso(entity).then()
                .body("from", equalTo("2026-07-01"))
                .body("to", equalTo("2026-09-30"))
                .body("days", equalTo(92))
                .body("results[0].legalEntity", equalTo(entity))
                .body("results[0].currency", equalTo("EUR"))
                .body("results[0].receivablesAtEnd", equalTo("4200.00"))
                .body("results[0].creditSales", equalTo("4700.00"))
                .body("results[0].days", equalTo(92))
                .body("results[0].dso", equalTo("82.2"))
                .body("results[0].explanation", nullValue())
                .body("results[1].currency", equalTo("USD"))
                .body("results[1].receivablesAtEnd", equalTo("100.00"))
                .body("results[1].creditSales", equalTo("0.00"))
                .body("results[1].dso", nullValue())
                .body("results[1].explanation", equalTo("no credit sales in the period: DSO is undefined"));
        given().header("Authorization", manager).queryParam("from", FROM.toString())
                .queryParam("to", TO.toString()).queryParam("legalEntity", entity).queryParam("currency", "USD")
                .get("/api/v1/reports/dso").then().statusCode(200)
                .body("currency", equalTo("USD"))
                .body("results.size()", equalTo(1));
    }

    @Test
    void aPeriodEndingBeforeItStartsIsAProblemNamingFrom() {
        given().header("Authorization", manager).queryParam("from", "2026-10-01").queryParam("to", "2026-09-30")
                .get("/api/v1/reports/dso").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("from"))
                .body("violations.rule", hasItem("not-after-to"));
        given().header("Authorization", manager).queryParam("to", "2026-09-30")
                .get("/api/v1/reports/dso").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        given().header("Authorization", manager).queryParam("from", "2026-07-01").queryParam("to", "end of Q3")
                .get("/api/v1/reports/dso").then().statusCode(400)
                .body("violations.field", hasItem("to"));
        given().header("Authorization", manager).queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .queryParam("currency", "XXXX").get("/api/v1/reports/dso").then().statusCode(400)
                .body("violations.field", hasItem("currency"));
    }

    @Test
    void dsoIsReadByReceivablesRolesAndTheAuditorOnly() {
        for (String role : new String[] {"ar-clerk", "ar-manager", "collector", "credit-manager", "auditor"}) {
            given().header("Authorization", TestTokens.bearer("reader", role)).queryParam("from", "2026-07-01")
                    .queryParam("to", "2026-09-30").get("/api/v1/reports/dso").then().statusCode(200);
        }
        given().header("Authorization", TestTokens.bearer("ap", "ap-clerk")).queryParam("from", "2026-07-01")
                .queryParam("to", "2026-09-30").get("/api/v1/reports/dso").then().statusCode(403);
        given().queryParam("from", "2026-07-01").queryParam("to", "2026-09-30")
                .get("/api/v1/reports/dso").then().statusCode(401);
    }

    private Response dso(String entity) {
        return given().header("Authorization", manager).queryParam("from", FROM.toString())
                .queryParam("to", TO.toString()).queryParam("legalEntity", entity).get("/api/v1/reports/dso");
    }
}
