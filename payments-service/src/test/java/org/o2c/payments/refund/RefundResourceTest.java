package org.o2c.payments.refund;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.payments.Receivables;
import org.o2c.testing.auth.TestTokens;

/** Refunds over REST: one manager within the threshold, two above it, never the same person twice. */
@QuarkusTest
class RefundResourceTest {
    private static final String PAYEE = "DE89 3704 0044 0532 0130 00";

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    @Test
    void aRefundAboveTheThresholdNeedsASecondManagerWhoIsNotTheRequesterUnderAnyRole() {
        String entity = "RF" + (int) (Math.random() * 900_000 + 100_000);
        String mia = TestTokens.bearerFor(List.of(entity), "mia.manager", "ar-manager");
        String miaAsClerkToo = TestTokens.bearerFor(List.of(entity), "Mia.Manager", "ar-manager", "ar-clerk");
        String max = TestTokens.bearerFor(List.of(entity), "max.manager", "ar-manager");
        given().header("Authorization", mia).contentType(ContentType.JSON).body("""
                        {"autoApplyThreshold": 85, "allocationOrder": "OLDEST_DUE_FIRST",
                         "refundApprovalThreshold": "100.00"}""")
                .put("/api/v1/cash-application-settings/" + entity).then().statusCode(200)
                .body("refundApprovalThreshold", equalTo("100.00"));
        UUID customer;
        try (Receivables ledger = new Receivables(kafka)) {
            customer = ledger.customer(entity, "EUR");
        }
        String payment = Receivables.pay(customer, "300.00", "EUR", "advance").getString("paymentId");

        request(mia, customer, payment, "80.00").then().statusCode(201)
                .body("status", equalTo("ISSUED")).body("payee", equalTo("DE89…3000"))
                .body("source", equalTo("UNAPPLIED_CASH")).body("decidedBy", equalTo(null));
        // with the 80.00 this month, 50.00 more by the same manager passes 100.00
        String waiting = request(mia, customer, payment, "50.00").then().statusCode(201)
                .body("status", equalTo("AWAITING_APPROVAL")).extract().path("refundId");
        decide(miaAsClerkToo, waiting, "approval", "{}").then().statusCode(422)
                .body("violations[0].rule", equalTo("four-eyes"));
        decide(max, waiting, "approval", "{}").then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("decidedBy", equalTo("max.manager"));
        decide(max, waiting, "approval", "{}").then().statusCode(409);
        given().header("Authorization", Receivables.CLERK).get("/api/v1/payments/" + payment).then()
                .statusCode(200).body("unappliedAmount", equalTo("170.00"));

        // refused whole: more than is there, a payee account that fails its check digits, a rejection without why
        request(mia, customer, payment, "170.01").then().statusCode(422)
                .body("violations[0].rule", equalTo("not-above-unapplied"));
        given().header("Authorization", mia).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body(body(customer, payment, "10.00", "DE89 3704 0044 0532 0130 01"))
                .post("/api/v1/refunds").then().statusCode(422)
                .body("violations[0].field", equalTo("payeeAccount"));
        String toReject = request(max, customer, payment, "120.00").then().statusCode(201)
                .body("status", equalTo("AWAITING_APPROVAL")).extract().path("refundId");
        decide(mia, toReject, "rejection", "{}").then().statusCode(422)
                .body("violations[0].field", equalTo("note"));
        decide(mia, toReject, "rejection", "{\"note\": \"the customer asked for a credit instead\"}").then()
                .statusCode(200).body("status", equalTo("REJECTED"));

        given().header("Authorization", mia).queryParam("customerId", customer).get("/api/v1/refunds").then()
                .statusCode(200).body("items.status", org.hamcrest.Matchers.containsInAnyOrder("ISSUED", "ISSUED",
                        "REJECTED"));
        assertThat(count("SELECT count(*) FROM refund_payee p JOIN refund r USING (refund_id) "
                + "WHERE r.customer_id = ? AND p.payee_account = 'DE89370400440532013000'", customer)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ("
                + "SELECT account_id::text FROM refund WHERE customer_id = ? LIMIT 1) "
                + "AND convert_from(payload, 'UTF8') LIKE '%0532013000%'", customer))
                .as("events carry the payee masked").isZero();
    }

    private static Response request(String token, UUID customer, String payment, String amount) {
        return given().header("Authorization", token).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body(body(customer, payment, amount, PAYEE)).post("/api/v1/refunds");
    }

    private static String body(UUID customer, String payment, String amount, String payee) {
        return """
                {"customerId": "%s", "currency": "EUR", "paymentId": "%s", "amount": "%s",
                 "payeeAccount": "%s", "reason": "overpaid"}""".formatted(customer, payment, amount, payee);
    }

    private static Response decide(String token, String refund, String decision, String body) {
        return given().header("Authorization", token).header("Idempotency-Key", UUID.randomUUID())
                .contentType(ContentType.JSON).body(body).post("/api/v1/refunds/" + refund + "/" + decision);
    }

    private long count(String sql, UUID customer) {
        try (var c = dataSource.getConnection(); var select = c.prepareStatement(sql)) {
            select.setObject(1, customer);
            try (var rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
