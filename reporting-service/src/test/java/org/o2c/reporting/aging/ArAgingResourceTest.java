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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;

@QuarkusTest
class ArAgingResourceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private final String manager = TestTokens.bearer("mia.manager", "ar-manager");

    @Test
    void agesEveryOpenItemIntoItsBucketToTheCentAndCountsARedeliveredEventOnce() {
        String entity = "AG" + (int) (Math.random() * 9000 + 1000);
        UUID brewery = UUID.randomUUID();
        UUID bakery = UUID.randomUUID();
        try (InvoicingTopic topic = new InvoicingTopic(kafka)) {
            topic.customerRegistered(brewery, "Brauerei Aagaard", entity, "EUR");
            topic.customerRegistered(bakery, "Bäckerei Zoller", entity, "EUR");
            // due in the future and due today: not yet due
            topic.invoiceIssued(brewery, entity, "EUR", AS_OF.minusDays(5), AS_OF.plusDays(25), "100.10");
            topic.invoiceIssued(brewery, entity, "EUR", AS_OF.minusDays(30), AS_OF, "0.05");
            // bucket edges: 1, 30, 31, 60, 61, 90, 91, 120, 121 days past due
            topic.invoiceIssued(brewery, entity, "EUR", AS_OF.minusDays(40), AS_OF.minusDays(1), "10.01");
            topic.invoiceIssued(bakery, entity, "EUR", AS_OF.minusDays(60), AS_OF.minusDays(30), "20.02");
            topic.invoiceIssued(bakery, entity, "EUR", AS_OF.minusDays(60), AS_OF.minusDays(31), "30.03");
            topic.invoiceIssued(bakery, entity, "EUR", AS_OF.minusDays(90), AS_OF.minusDays(60), "40.04");
            topic.invoiceIssued(bakery, entity, "EUR", AS_OF.minusDays(90), AS_OF.minusDays(61), "50.05");
            topic.invoiceIssued(bakery, entity, "EUR", AS_OF.minusDays(120), AS_OF.minusDays(90), "60.06");
            topic.invoiceIssued(bakery, entity, "EUR", AS_OF.minusDays(120), AS_OF.minusDays(91), "70.07");
            topic.invoiceIssued(bakery, entity, "EUR", AS_OF.minusDays(150), AS_OF.minusDays(120), "80.08");
            String last = UUID.randomUUID().toString();
            UUID lastInvoice = UUID.randomUUID();
            topic.invoiceIssued(last, lastInvoice, bakery, entity, "EUR", AS_OF.minusDays(200), AS_OF.minusDays(121),
                    "90.09");
            // Kafka delivers at least once: the same event again must not count twice
            topic.invoiceIssued(last, lastInvoice, bakery, entity, "EUR", AS_OF.minusDays(200), AS_OF.minusDays(121),
                    "90.09");
            // issued after the as-of date: not in this aging
            topic.invoiceIssued(bakery, entity, "EUR", AS_OF.plusDays(1), AS_OF.plusDays(31), "999.99");
            // another currency is reported apart, never added
            topic.invoiceIssued(bakery, entity, "USD", AS_OF.minusDays(10), AS_OF.plusDays(20), "5.00");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", manager)
                .queryParam("asOf", AS_OF.toString()).queryParam("legalEntity", entity)
                .get("/api/v1/reports/ar-aging").then().statusCode(200)
                .body("totals.find { it.currency == 'USD' }.openItems", equalTo(1))
                .body("totals.find { it.currency == 'EUR' }.openItems", equalTo(11)));

        JsonPath report = given().header("Authorization", manager)
                .queryParam("asOf", AS_OF.toString()).queryParam("legalEntity", entity)
                .get("/api/v1/reports/ar-aging").then().statusCode(200).extract().jsonPath();
        String eur = "totals.find { it.currency == 'EUR' }.amounts.";
        assertThat(report.getString(eur + "notDue")).isEqualTo("100.15");
        assertThat(report.getString(eur + "days1To30")).isEqualTo("30.03");
        assertThat(report.getString(eur + "days31To60")).isEqualTo("70.07");
        assertThat(report.getString(eur + "days61To90")).isEqualTo("110.11");
        assertThat(report.getString(eur + "days91To120")).isEqualTo("150.15");
        assertThat(report.getString(eur + "over120")).isEqualTo("90.09");
        assertThat(report.getString(eur + "total")).isEqualTo("550.60");
        assertThat(report.getString("totals.find { it.currency == 'USD' }.amounts.notDue"))
                .isEqualTo("5.00");

        given().header("Authorization", manager)
                .queryParam("asOf", AS_OF.toString()).queryParam("customerId", brewery.toString())
                .get("/api/v1/reports/ar-aging").then().statusCode(200)
                .body("customers.totalItems", equalTo(1))
                .body("customers.items[0].customerName", equalTo("Brauerei Aagaard"))
                .body("customers.items[0].amounts.total", equalTo("110.16"))
                .body("customers.items[0].amounts.days1To30", equalTo("10.01"));
    }

    @Test
    void reportNeedsATokenWithAReadingRole() {
        given().get("/api/v1/reports/ar-aging").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:unauthenticated"));
        given().header("Authorization", TestTokens.bearer("ap", "ap-clerk"))
                .get("/api/v1/reports/ar-aging").then().statusCode(403)
                .body("type", equalTo("urn:o2c:problem:forbidden"));
        given().header("Authorization", TestTokens.bearer("aud", "auditor"))
                .get("/api/v1/reports/ar-aging").then().statusCode(200);
    }

    @Test
    void badQueryParametersAreProblemsNamingTheParameter() {
        given().header("Authorization", manager).queryParam("asOf", "30.06.2026")
                .get("/api/v1/reports/ar-aging").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", manager).queryParam("currency", "EURO")
                .get("/api/v1/reports/ar-aging").then().statusCode(400)
                .body("violations.field", hasItem("currency"))
                .body("violations.rule", hasItem("currency-code"));
        given().header("Authorization", manager).queryParam("size", "0")
                .get("/api/v1/reports/ar-aging").then().statusCode(400)
                .body("violations.field", hasItem("size"));
    }
}
