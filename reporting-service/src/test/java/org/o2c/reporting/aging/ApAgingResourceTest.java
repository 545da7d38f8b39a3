package org.o2c.reporting.aging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicWriter;

@QuarkusTest
class ApAgingResourceTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private final String apClerk = TestTokens.bearer("paul.payables", "ap-clerk");

    @Test
    void partialSupplierPaymentLeavesTheRestOpenInItsBucketAsOfItsPaymentDate() {
        String entity = "AP" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        UUID hops = UUID.randomUUID();
        UUID malt = UUID.randomUUID();
        try (TopicWriter topics = new TopicWriter(kafka)) {
            topics.publish("payables", hops, new SupplierRegistered(hops, "Hopfenhandel Bauer KG", entity, "EUR", 30));
            topics.publish("payables", malt, new SupplierRegistered(malt, "Mälzerei Adler", entity, "EUR", 30));
            UUID overdue = invoice(topics, hops, entity, AS_OF.minusDays(40), AS_OF.minusDays(10), "1000.00");
            SupplierPaymentMade partial = payment(hops, entity, AS_OF.minusDays(5), overdue, "400.00", "600.00");
            String eventId = topics.publish("payables", partial.supplierPaymentId(), partial);
            // Kafka delivers at least once: the same payment again is counted once
            topics.publish("payables", partial.supplierPaymentId(), partial, eventId);
            // a payment read before the invoice it pays (another key, another partition)
            UUID notDue = UUID.randomUUID();
            topics.publish("payables", UUID.randomUUID(), payment(malt, entity, AS_OF.minusDays(2), notDue,
                    "100.00", "150.00"));
            topics.publish("payables", notDue, new SupplierInvoiceRegistered(notDue, malt, "M-77", entity, "EUR",
                    AS_OF.minusDays(3), AS_OF.plusDays(10), new BigDecimal("210.08"), new BigDecimal("39.92"),
                    new BigDecimal("250.00"), "paul.payables"));
            // registered after the as-of date: not in this aging
            invoice(topics, malt, entity, AS_OF.plusDays(1), AS_OF.plusDays(31), "5000.00");
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> apAging(entity, AS_OF).then().statusCode(200)
                .body("totals[0].amounts.total", equalTo("750.00")));
        apAging(entity, AS_OF).then()
                .body("totals[0].currency", equalTo("EUR"))
                .body("totals[0].openItems", equalTo(2))
                .body("totals[0].amounts.notDue", equalTo("150.00"))
                .body("totals[0].amounts.days1To30", equalTo("600.00"))
                .body("suppliers.totalItems", equalTo(2))
                .body("suppliers.items[0].supplierName", equalTo("Hopfenhandel Bauer KG"))
                .body("suppliers.items[0].amounts.days1To30", equalTo("600.00"))
                .body("suppliers.items[1].supplierName", equalTo("Mälzerei Adler"))
                .body("suppliers.items[1].amounts.notDue", equalTo("150.00"));
        // the day before the payment, the whole invoice was open
        apAging(entity, AS_OF.minusDays(6)).then().statusCode(200)
                .body("totals[0].amounts.days1To30", equalTo("1000.00"))
                .body("totals[0].amounts.notDue", equalTo("0.00"));
        given().header("Authorization", apClerk).queryParam("asOf", AS_OF.toString())
                .queryParam("legalEntity", entity).queryParam("supplierId", malt.toString())
                .get("/api/v1/reports/ap-aging").then().statusCode(200)
                .body("supplierId", equalTo(malt.toString()))
                .body("suppliers.totalItems", equalTo(1))
                .body("totals[0].amounts.total", equalTo("150.00"));
    }

    @Test
    void apAgingIsReadByPayablesAndReceivablesRolesAndTheAuditor() {
        for (String role : new String[] {"ap-clerk", "ap-approver", "ar-clerk", "ar-manager", "collector",
                "credit-manager", "auditor"}) {
            given().header("Authorization", TestTokens.bearer("reader", role))
                    .get("/api/v1/reports/ap-aging").then().statusCode(200);
        }
        given().header("Authorization", TestTokens.bearer("erp", "integration"))
                .get("/api/v1/reports/ap-aging").then().statusCode(403);
        given().get("/api/v1/reports/ap-aging").then().statusCode(401);
    }

    @Test
    void badQueryParametersAreProblemsNamingTheParameter() {
        given().header("Authorization", apClerk).queryParam("supplierId", "hops")
                .get("/api/v1/reports/ap-aging").then().statusCode(400)
                .body("violations.field", hasItem("supplierId"));
        given().header("Authorization", apClerk).queryParam("asOf", "2026-13-01")
                .get("/api/v1/reports/ap-aging").then().statusCode(400)
                .body("violations.field", hasItem("asOf"));
        given().header("Authorization", apClerk).queryParam("legalEntity", "de-01")
                .get("/api/v1/reports/ap-aging").then().statusCode(400)
                .body("violations.field", hasItem("legalEntity"));
    }

    private static UUID invoice(TopicWriter topics, UUID supplier, String entity, LocalDate invoiceDate,
                                LocalDate dueDate, String gross) {
        UUID id = UUID.randomUUID();
        topics.publish("payables", id, new SupplierInvoiceRegistered(id, supplier, "S-" + id.toString().substring(0, 6),
                entity, "EUR", invoiceDate, dueDate, new BigDecimal(gross), BigDecimal.ZERO, new BigDecimal(gross),
                "paul.payables"));
        return id;
    }

    private static SupplierPaymentMade payment(UUID supplier, String entity, LocalDate paymentDate, UUID invoice,
                                               String amount, String openAfter) {
        return new SupplierPaymentMade(UUID.randomUUID(), supplier, entity, "EUR", paymentDate, new BigDecimal(amount),
                List.of(new SupplierPaymentItem(invoice, "S-1", new BigDecimal(amount), new BigDecimal(openAfter))));
    }

    private Response apAging(String entity, LocalDate asOf) {
        return given().header("Authorization", apClerk).queryParam("asOf", asOf.toString())
                .queryParam("legalEntity", entity).get("/api/v1/reports/ap-aging");
    }
}
