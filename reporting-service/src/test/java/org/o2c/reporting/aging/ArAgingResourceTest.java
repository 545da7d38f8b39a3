package org.o2c.reporting.aging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicWriter;

@QuarkusTest
class ArAgingResourceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final String EUR = "totals.find { it.currency == 'EUR' }.";

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private final String manager = TestTokens.bearer("mia.manager", "ar-manager");
    private TopicWriter topics;
    private String entity;

    @BeforeEach
    void openTopics() {
        topics = new TopicWriter(kafka);
        entity = "AG" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    }

    @AfterEach
    void closeTopics() {
        topics.close();
    }

    @Test
    void agesEveryOpenItemIntoItsBucketToTheCentAndCountsARedeliveredEventOnce() {
        LedgerAccount brewery = account("EUR");
        LedgerAccount bakery = account("EUR");
        LedgerAccount bakeryInDollars = new LedgerAccount(topics, bakery.customerId(), entity, "USD");
        brewery.registered("Brauerei Aagaard");
        bakery.registered("Bäckerei Zoller");
        // due in the future and due today: not yet due
        brewery.invoice(AS_OF.minusDays(5), AS_OF.plusDays(25), "100.10");
        brewery.invoice(AS_OF.minusDays(30), AS_OF, "0.05");
        // bucket edges: 1, 30, 31, 60, 61, 90, 91, 120, 121 days past due
        brewery.invoice(AS_OF.minusDays(40), AS_OF.minusDays(1), "10.01");
        bakery.invoice(AS_OF.minusDays(60), AS_OF.minusDays(30), "20.02");
        bakery.invoice(AS_OF.minusDays(60), AS_OF.minusDays(31), "30.03");
        bakery.invoice(AS_OF.minusDays(90), AS_OF.minusDays(60), "40.04");
        bakery.invoice(AS_OF.minusDays(90), AS_OF.minusDays(61), "50.05");
        bakery.invoice(AS_OF.minusDays(120), AS_OF.minusDays(90), "60.06");
        bakery.invoice(AS_OF.minusDays(120), AS_OF.minusDays(91), "70.07");
        bakery.invoice(AS_OF.minusDays(150), AS_OF.minusDays(120), "80.08");
        bakery.invoice(AS_OF.minusDays(200), AS_OF.minusDays(121), "90.09");
        // Kafka delivers at least once: the same event again must not count twice
        bakery.redeliverLast();
        // issued after the as-of date: not in this aging
        bakery.invoice(AS_OF.plusDays(1), AS_OF.plusDays(31), "999.99");
        // another currency is reported apart, never added
        bakeryInDollars.invoice(AS_OF.minusDays(10), AS_OF.plusDays(20), "5.00");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aging(AS_OF).then().statusCode(200)
                .body("totals.find { it.currency == 'USD' }.openItems", equalTo(1))
                .body(EUR + "openItems", equalTo(11)));

        JsonPath report = aging(AS_OF).then().statusCode(200).extract().jsonPath();
        assertThat(report.getString(EUR + "amounts.notDue")).isEqualTo("100.15");
        assertThat(report.getString(EUR + "amounts.days1To30")).isEqualTo("30.03");
        assertThat(report.getString(EUR + "amounts.days31To60")).isEqualTo("70.07");
        assertThat(report.getString(EUR + "amounts.days61To90")).isEqualTo("110.11");
        assertThat(report.getString(EUR + "amounts.days91To120")).isEqualTo("150.15");
        assertThat(report.getString(EUR + "amounts.over120")).isEqualTo("90.09");
        assertThat(report.getString(EUR + "amounts.total")).isEqualTo("550.60");
        assertThat(report.getString("totals.find { it.currency == 'USD' }.amounts.notDue")).isEqualTo("5.00");
        assertThat(report.getString("balances.find { it.currency == 'EUR' }.netBalance")).isEqualTo("550.60");

        given().header("Authorization", manager)
                .queryParam("asOf", AS_OF.toString()).queryParam("customerId", brewery.customerId().toString())
                .get("/api/v1/reports/ar-aging").then().statusCode(200)
                .body("customers.totalItems", equalTo(1))
                .body("customers.items[0].customerName", equalTo("Brauerei Aagaard"))
                .body("customers.items[0].amounts.total", equalTo("110.16"))
                .body("customers.items[0].amounts.days1To30", equalTo("10.01"));
    }

    @Test
    void partialPaymentLeavesTheRemainderOpenAndAgedFromTheOriginalDueDate() {
        LedgerAccount customer = account("EUR");
        UUID invoice = customer.invoice(AS_OF.minusDays(80), AS_OF.minusDays(50), "1000.00");
        UUID payment = customer.payment(AS_OF.minusDays(10), "400.00", "part payment");
        customer.apply(payment, invoice, "400.00", AS_OF.minusDays(9));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aging(AS_OF).then().statusCode(200)
                .body(EUR + "amounts.total", equalTo("600.00")));
        aging(AS_OF).then()
                .body(EUR + "openItems", equalTo(1))
                .body(EUR + "amounts.days31To60", equalTo("600.00"))
                .body("balances[0].unappliedCash", equalTo("0.00"))
                .body("balances[0].netBalance", equalTo("600.00"))
                .body("customers.items[0].amounts.days31To60", equalTo("600.00"));
        // before the application, the payment was unapplied cash and the invoice still fully open
        aging(AS_OF.minusDays(10)).then().statusCode(200)
                .body(EUR + "amounts.days31To60", equalTo("1000.00"))
                .body("balances[0].unappliedCash", equalTo("400.00"))
                .body("balances[0].netBalance", equalTo("600.00"));
    }

    @Test
    void creditNoteReducesItsInvoiceAndItsExcessBecomesACreditBalance() {
        LedgerAccount customer = account("EUR");
        UUID credited = customer.invoice(AS_OF.minusDays(20), AS_OF.plusDays(10), "500.00");
        UUID overCredited = customer.invoice(AS_OF.minusDays(20), AS_OF.minusDays(5), "100.00");
        customer.creditNote(credited, "120.50", AS_OF.minusDays(3));
        customer.creditNote(overCredited, "130.00", AS_OF.minusDays(2));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aging(AS_OF).then().statusCode(200)
                .body("balances[0].creditBalance", equalTo("30.00")));
        aging(AS_OF).then()
                .body(EUR + "openItems", equalTo(1))
                .body(EUR + "amounts.notDue", equalTo("379.50"))
                .body(EUR + "amounts.days1To30", equalTo("0.00"))
                .body("balances[0].openItems", equalTo("379.50"))
                .body("balances[0].netBalance", equalTo("349.50"))
                .body("customers.items[0].creditBalance", equalTo("30.00"))
                .body("customers.items[0].netBalance", equalTo("349.50"));
    }

    @Test
    void returnedPaymentReopensWhatItSettled() {
        LedgerAccount customer = account("EUR");
        UUID invoice = customer.invoice(AS_OF.minusDays(60), AS_OF.minusDays(45), "250.00");
        UUID payment = customer.payment(AS_OF.minusDays(30), "300.00", "INV 250 + advance");
        customer.apply(payment, invoice, "250.00", AS_OF.minusDays(30));
        customer.paymentReturned(payment, AS_OF.minusDays(5));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aging(AS_OF).then().statusCode(200)
                .body(EUR + "amounts.days31To60", equalTo("250.00")));
        aging(AS_OF).then()
                .body("balances[0].unappliedCash", equalTo("0.00"))
                .body("balances[0].netBalance", equalTo("250.00"));
        // between payment and return: settled, with 50.00 unapplied
        aging(AS_OF.minusDays(6)).then()
                .body(EUR + "openItems", equalTo(0))
                .body(EUR + "amounts.total", equalTo("0.00"))
                .body("balances[0].unappliedCash", equalTo("50.00"))
                .body("balances[0].netBalance", equalTo("-50.00"));
    }

    @Test
    void unappliedCashIsShownApartPerCurrencyAndCustomerAndNeverAged() {
        LedgerAccount withInvoice = account("EUR");
        LedgerAccount withAdvanceOnly = account("EUR");
        withInvoice.registered("Alpha Getränke");
        withAdvanceOnly.registered("Beta Brauhaus");
        withInvoice.invoice(AS_OF.minusDays(10), AS_OF.minusDays(2), "80.00");
        withInvoice.payment(AS_OF.minusDays(1), "30.00", "no reference");
        withAdvanceOnly.payment(AS_OF.minusDays(3), "1000.00", "deposit");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aging(AS_OF).then().statusCode(200)
                .body("balances[0].unappliedCash", equalTo("1030.00")));
        aging(AS_OF).then()
                .body(EUR + "amounts.total", equalTo("80.00"))
                .body(EUR + "amounts.days1To30", equalTo("80.00"))
                .body("balances[0].netBalance", equalTo("-950.00"))
                .body("customers.totalItems", equalTo(2))
                .body("customers.items[0].customerName", equalTo("Alpha Getränke"))
                .body("customers.items[0].unappliedCash", equalTo("30.00"))
                .body("customers.items[0].netBalance", equalTo("50.00"))
                .body("customers.items[1].customerName", equalTo("Beta Brauhaus"))
                .body("customers.items[1].openItems", equalTo(0))
                .body("customers.items[1].amounts.total", equalTo("0.00"))
                .body("customers.items[1].unappliedCash", equalTo("1000.00"))
                .body("customers.items[1].netBalance", equalTo("-1000.00"));
    }

    @Test
    void agingSixMonthsBackCountsAnInvoicePaidLaterAndLeavesOutOnesNotYetIssued() {
        LocalDate sixMonthsBack = AS_OF.minusMonths(6);
        LedgerAccount customer = account("EUR");
        UUID paidLater = customer.invoice(sixMonthsBack.minusDays(40), sixMonthsBack.minusDays(10), "700.00");
        customer.invoice(sixMonthsBack.plusDays(1), sixMonthsBack.plusDays(31), "55.00");
        UUID payment = customer.payment(sixMonthsBack.plusDays(20), "700.00", "late");
        customer.apply(payment, paidLater, "700.00", sixMonthsBack.plusDays(20));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aging(AS_OF).then().statusCode(200)
                .body(EUR + "amounts.total", equalTo("55.00")));
        aging(sixMonthsBack).then().statusCode(200)
                .body("asOf", equalTo(sixMonthsBack.toString()))
                .body(EUR + "openItems", equalTo(1))
                .body(EUR + "amounts.days1To30", equalTo("700.00"))
                .body(EUR + "amounts.total", equalTo("700.00"))
                .body("balances[0].unappliedCash", equalTo("0.00"));
    }

    @Test
    void aCustomerRegisteredAfterItsFirstOpenItemIsStillNamed() {
        LedgerAccount customer = account("EUR");
        customer.invoice(AS_OF.minusDays(3), AS_OF.plusDays(27), "12.34");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aging(AS_OF).then().statusCode(200)
                .body("customers.items[0].amounts.total", equalTo("12.34")));
        customer.registered("Late Registered GmbH");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> aging(AS_OF).then()
                .body("customers.items[0].customerName", equalTo("Late Registered GmbH")));
    }

    @Test
    void reportNeedsATokenWithAReadingRole() {
        given().get("/api/v1/reports/ar-aging").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:unauthenticated"));
        given().header("Authorization", TestTokens.bearer("ap", "ap-clerk"))
                .get("/api/v1/reports/ar-aging").then().statusCode(403)
                .body("type", equalTo("urn:o2c:problem:forbidden"));
        for (String role : new String[] {"ar-clerk", "ar-manager", "collector", "credit-manager", "auditor"}) {
            given().header("Authorization", TestTokens.bearer("reader", role))
                    .get("/api/v1/reports/ar-aging").then().statusCode(200);
        }
    }

    @Test
    void badQueryParametersAreProblemsNamingTheParameter() {
        given().header("Authorization", manager).queryParam("asOf", "30.06.2026")
                .get("/api/v1/reports/ar-aging").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("asOf"));
        given().header("Authorization", manager).queryParam("currency", "EURO")
                .get("/api/v1/reports/ar-aging").then().statusCode(400)
                .body("violations.field", hasItem("currency"))
                .body("violations.rule", hasItem("currency-code"));
        given().header("Authorization", manager).queryParam("size", "0")
                .get("/api/v1/reports/ar-aging").then().statusCode(400)
                .body("violations.field", hasItem("size"));
        given().header("Authorization", manager).queryParam("customerId", "not-a-uuid")
                .get("/api/v1/reports/ar-aging").then().statusCode(400)
                .body("violations.field", hasItem("customerId"));
    }

    private LedgerAccount account(String currency) {
        return new LedgerAccount(topics, UUID.randomUUID(), entity, currency);
    }

    private io.restassured.response.Response aging(LocalDate asOf) {
        return given().header("Authorization", manager).queryParam("asOf", asOf.toString())
                .queryParam("legalEntity", entity).get("/api/v1/reports/ar-aging");
    }
}
