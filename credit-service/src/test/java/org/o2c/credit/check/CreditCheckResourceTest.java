package org.o2c.credit.check;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.o2c.credit.CreditFixtures.CARL;
import static org.o2c.credit.CreditFixtures.CLERK;
import static org.o2c.credit.CreditFixtures.ERP;
import static org.o2c.credit.CreditFixtures.check;
import static org.o2c.credit.CreditFixtures.ofType;
import static org.o2c.credit.CreditFixtures.putLimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.credit.CreditFixtures;
import org.o2c.events.credit.CreditCheckDeclined;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class CreditCheckResourceTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;
    private CreditFixtures world;

    @BeforeEach
    void world() {
        world = new CreditFixtures(kafka, dataSource);
    }

    @AfterEach
    void close() {
        world.close();
    }

    /** A customer with a limit of 1000.00 and an exposure of 300.00. */
    private UUID customerWithRoom() {
        UUID customer = world.customer("DE01", "EUR");
        world.publishPayments(world.totals(customer, "DE01", "EUR", "300.00", "0", "0"));
        world.awaitExposure(customer, "300.00");
        putLimit(CARL, customer, "1000", "EUR").then().statusCode(200);
        return customer;
    }

    @Test
    void anOrderThatFitsTheAvailableCreditIsApprovedAndPublishesNothing() {
        UUID customer = customerWithRoom();
        check(ERP, customer, "700.00", "EUR").then().statusCode(200)
                .body("decision", equalTo("APPROVED"))
                .body("reasons", empty())
                .body("customerId", equalTo(customer.toString()))
                .body("orderAmount", equalTo("700.00"))
                .body("currency", equalTo("EUR"))
                .body("exposure", equalTo("300.00"))
                .body("creditLimit", equalTo("1000.00"))
                .body("availableCredit", equalTo("700.00"));
        for (String role : List.of("ar-clerk", "ar-manager", "credit-manager")) {
            check(TestTokens.bearer("u", role), customer, "1", "EUR").then().statusCode(200)
                    .body("decision", equalTo("APPROVED"));
        }
        assertThat(world.stored(customer, CreditCheckDeclined.class)).isZero();
    }

    @Test
    void anOrderAboveTheAvailableCreditIsDeclinedAndTheDeclineIsPublished() throws Exception {
        UUID customer = customerWithRoom();
        String checkId = check(ERP, customer, "700.01", "EUR").then().statusCode(200)
                .body("decision", equalTo("DECLINED"))
                .body("reasons", contains("EXPOSURE_ABOVE_LIMIT"))
                .body("exposure", equalTo("300.00"))
                .body("creditLimit", equalTo("1000.00"))
                .body("availableCredit", equalTo("700.00"))
                .extract().path("creditCheckId");

        List<TopicReader.Message> published = world.creditTopic(customer,
                seen -> ofType(seen, "CreditCheckDeclined.v1") == 1);
        TopicReader.Message declined = published.stream()
                .filter(m -> "CreditCheckDeclined.v1".equals(m.header("ce_type"))).findFirst().orElseThrow();
        assertThat(declined.key()).isEqualTo(customer.toString());
        assertThat(declined.header("ce_actinguser")).isEqualTo("erp");
        JsonNode value = new ObjectMapper().readTree(declined.value());
        assertThat(value.get("creditCheckId").asText()).isEqualTo(checkId);
        assertThat(value.get("orderAmount").asText()).isEqualTo("700.01");
        assertThat(value.get("exposure").asText()).isEqualTo("300.00");
        assertThat(value.get("creditLimit").asText()).isEqualTo("1000.00");
        assertThat(value.get("reasons").get(0).asText()).isEqualTo("EXPOSURE_ABOVE_LIMIT");
        List<String> fields = new ArrayList<>();
        value.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder(Arrays.stream(CreditCheckDeclined.class.getRecordComponents())
                .map(c -> c.getName()).toArray(String[]::new));
    }

    @Test
    void aCustomerOnHoldIsDeclinedWithEveryReason() {
        UUID customer = customerWithRoom();
        world.publishPayments(world.totals(customer, "DE01", "EUR", "1300.00", "0", "0"));
        world.awaitExposure(customer, "1300.00");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                CreditFixtures.getProfile(customer).then().body("onHold", equalTo(true)));
        check(CLERK, customer, "1", "EUR").then().statusCode(200)
                .body("decision", equalTo("DECLINED"))
                .body("reasons", containsInAnyOrder("CUSTOMER_ON_HOLD", "EXPOSURE_ABOVE_LIMIT"))
                .body("exposure", equalTo("1300.00"))
                .body("availableCredit", equalTo("0.00"));
    }

    @Test
    void aCustomerWithoutAProfileIsDeclinedAndTheDeclineIsPublishedUnderTheCustomer() {
        UUID customer = world.customer("DE01", "EUR");
        check(ERP, customer, "10", "EUR").then().statusCode(200)
                .body("decision", equalTo("DECLINED"))
                .body("reasons", contains("NO_CREDIT_PROFILE"))
                .body("creditLimit", nullValue())
                .body("exposure", equalTo("0.00"))
                .body("availableCredit", equalTo("0.00"));
        assertThat(world.stored(customer, CreditCheckDeclined.class)).isEqualTo(1);
        // the declines recorded before do not stand in the way of opening a profile later
        putLimit(CARL, customer, "100", "EUR").then().statusCode(200);
        check(ERP, customer, "10", "EUR").then().statusCode(200).body("decision", equalTo("APPROVED"));
    }

    @Test
    void aRetriedCheckWithTheSameIdempotencyKeyAnswersTheSameAndDeclinesOnce() {
        UUID customer = customerWithRoom();
        String key = "erp-order-" + UUID.randomUUID();
        String body = "{\"customerId\": \"%s\", \"orderAmount\": \"5000\", \"currency\": \"EUR\"}".formatted(customer);
        String first = given().header("Authorization", ERP).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/credit-checks")
                .then().statusCode(200).body("decision", equalTo("DECLINED")).extract().path("creditCheckId");
        String again = given().header("Authorization", ERP).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/credit-checks")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().path("creditCheckId");
        assertThat(again).isEqualTo(first);
        assertThat(world.stored(customer, CreditCheckDeclined.class)).isEqualTo(1);
        given().header("Authorization", ERP).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body.replace("5000", "5001")).post("/api/v1/credit-checks")
                .then().statusCode(422).body("type", equalTo("urn:o2c:problem:idempotency-key-reused"));
        assertThat(world.stored(customer, CreditCheckDeclined.class)).isEqualTo(1);
    }
}
