package org.o2c.reporting.aging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicWriter;

/**
 * A legal entity's own aging buckets: set by an AR manager under rules, kept with who and when, shown by both
 * agings.
 */
@QuarkusTest
class AgingScheduleResourceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private final String manager = TestTokens.bearer("mia.manager", "ar-manager");
    private final String clerk = TestTokens.bearer("carl.clerk", "ar-clerk");

    @Test
    void aLegalEntitysOwnBucketsAgeItsReportsBesideTheStandardSixAndEveryChangeIsKept() {
        String entity = "AB" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        given().header("Authorization", clerk).get("/api/v1/reports/aging-buckets/" + entity).then().statusCode(200)
                .body("pastDueUpTo", contains(30, 60, 90, 120))
                .body("labels", contains("not due", "1-30", "31-60", "61-90", "91-120", "over 120"))
                .body("changes", empty());
        UUID supplier = UUID.randomUUID();
        try (TopicWriter topics = new TopicWriter(kafka)) {
            topics.publish("payables", supplier, new SupplierRegistered(supplier, "Glashütte Rhön", entity, "EUR", 30));
            for (int daysPastDue : new int[] {0, 10, 20, 100}) {
                UUID invoice = UUID.randomUUID();
                topics.publish("payables", invoice, new SupplierInvoiceRegistered(invoice, supplier,
                        "G-" + daysPastDue, entity, "EUR", AS_OF.minusDays(daysPastDue + 30),
                        AS_OF.minusDays(daysPastDue), new BigDecimal("100.00"), BigDecimal.ZERO,
                        new BigDecimal("100.00"), "paul.payables"));
            }
        }
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"pastDueUpTo\": [15, 60]}").put("/api/v1/reports/aging-buckets/" + entity)
                .then().statusCode(200)
                .body("pastDueUpTo", contains(15, 60))
                .body("labels", contains("not due", "1-15", "16-60", "over 60"))
                .body("changes", hasSize(1))
                .body("changes[0].changedBy", equalTo("mia.manager"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", manager)
                .queryParam("legalEntity", entity).queryParam("asOf", AS_OF.toString())
                .get("/api/v1/reports/ap-aging").then().statusCode(200)
                .body("totals[0].amounts.total", equalTo("400.00")));
        String buckets = "totals[0].amounts.buckets";
        given().header("Authorization", manager).queryParam("legalEntity", entity).queryParam("asOf", AS_OF.toString())
                .get("/api/v1/reports/ap-aging").then().statusCode(200)
                .body(buckets + ".label", contains("not due", "1-15", "16-60", "over 60"))
                .body(buckets + ".amount", contains("100.00", "100.00", "100.00", "100.00"))
                .body(buckets + "[0].fromDays", equalTo(null))
                .body(buckets + "[3].toDays", equalTo(null))
                .body("totals[0].amounts.days1To30", equalTo("200.00"))
                .body("totals[0].amounts.days91To120", equalTo("100.00"))
                .body("suppliers.items[0].amounts.buckets[2].amount", equalTo("100.00"));
        // a report over several legal entities shows the standard six
        given().header("Authorization", manager).queryParam("asOf", AS_OF.toString())
                .get("/api/v1/reports/ap-aging").then().statusCode(200)
                .body("totals[0].amounts.buckets.label", hasItem("91-120"));

        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"pastDueUpTo\": [30]}").put("/api/v1/reports/aging-buckets/" + entity)
                .then().statusCode(200).body("changes", hasSize(2)).body("changes[0].pastDueUpTo", contains(30))
                .body("changes[1].pastDueUpTo", contains(15, 60));
    }

    @Test
    void bucketsBreakingARuleAreRefusedNamingTheLimitAndOnlyAnArManagerSetsThem() {
        String entity = "AC" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        String path = "/api/v1/reports/aging-buckets/" + entity;
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"pastDueUpTo\": [30, 30, 90]}").put(path).then().statusCode(400)
                .body("violations[0].field", equalTo("pastDueUpTo[1]"))
                .body("violations[0].rule", equalTo("strictly-increasing"));
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"pastDueUpTo\": [0, 3651]}").put(path).then().statusCode(400)
                .body("violations", hasSize(2));
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{\"pastDueUpTo\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}").put(path).then().statusCode(400)
                .body("violations[0].field", equalTo("pastDueUpTo"));
        given().header("Authorization", manager).contentType(ContentType.JSON)
                .body("{}").put(path).then().statusCode(400)
                .body("violations[0].field", equalTo("pastDueUpTo"));
        given().header("Authorization", clerk).contentType(ContentType.JSON)
                .body("{\"pastDueUpTo\": [30]}").put(path).then().statusCode(403);
        given().header("Authorization", clerk).get(path).then().statusCode(200).body("changes", empty());
    }
}
