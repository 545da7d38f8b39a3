package org.o2c.credit.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.o2c.credit.CreditFixtures.AUDITOR;
import static org.o2c.credit.CreditFixtures.CARL;
import static org.o2c.credit.CreditFixtures.PETRA;
import static org.o2c.credit.CreditFixtures.getProfile;
import static org.o2c.credit.CreditFixtures.ofType;
import static org.o2c.credit.CreditFixtures.putLimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.credit.CreditFixtures;
import org.o2c.events.credit.CreditLimitChanged;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class CreditProfileResourceTest {
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

    @Test
    void aNewProfileShowsLimitExposureAndAvailableCreditAndIsPublished() throws Exception {
        UUID customer = world.customer("DE01", "EUR");
        world.publishPayments(world.totals(customer, "DE01", "EUR", "450.10", "100.00", "50.00"));
        world.awaitExposure(customer, "300.10");

        String etag = putLimit(CARL, customer, "1000", "EUR").then().statusCode(200)
                .body("creditLimit", equalTo("1000.00"))
                .extract().header("ETag");
        getProfile(customer).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("customerId", equalTo(customer.toString()))
                .body("legalEntity", equalTo("DE01"))
                .body("currency", equalTo("EUR"))
                .body("creditLimit", equalTo("1000.00"))
                .body("exposure", equalTo("300.10"))
                .body("exposureDetails.openItems", equalTo("450.10"))
                .body("exposureDetails.unappliedCash", equalTo("100.00"))
                .body("exposureDetails.creditBalance", equalTo("50.00"))
                .body("availableCredit", equalTo("699.90"))
                .body("onHold", equalTo(false))
                .body("pendingLimitChange", nullValue());

        List<TopicReader.Message> published = world.creditTopic(customer,
                seen -> ofType(seen, "CreditLimitChanged.v1") == 1);
        TopicReader.Message changed = published.stream()
                .filter(m -> "CreditLimitChanged.v1".equals(m.header("ce_type"))).findFirst().orElseThrow();
        assertThat(changed.header("ce_legalentity")).isEqualTo("DE01");
        assertThat(changed.header("ce_actinguser")).isEqualTo("carl.credit");
        JsonNode value = new ObjectMapper().readTree(changed.value());
        assertThat(value.get("newLimit").asText()).isEqualTo("1000.00");
        assertThat(value.get("previousLimit").isNull()).isTrue();
        assertThat(value.get("requestedBy").asText()).isEqualTo("carl.credit");
        assertThat(value.get("approvedBy").isNull()).isTrue();
        List<String> fields = new java.util.ArrayList<>();
        value.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder(
                java.util.Arrays.stream(CreditLimitChanged.class.getRecordComponents()).map(c -> c.getName())
                        .toArray(String[]::new));
    }

    @Test
    void aRaiseAboveTheThresholdWaitsForASecondCreditManagerAlsoWhenReachedInSteps() throws Exception {
        // LO01's approval threshold is 1000 (test configuration); no second person has approved anything yet
        UUID customer = world.customer("LO01", "EUR");
        putLimit(CARL, customer, "800", "EUR").then().statusCode(200);
        putLimit(CARL, customer, "1000.00", "EUR").then().statusCode(200).body("creditLimit", equalTo("1000.00"));

        // one cent more than the last step, but 1000.01 above what a second person approved
        putLimit(CARL, customer, "1000.01", "EUR").then().statusCode(202)
                .body("creditLimit", equalTo("1000.00"))
                .body("pendingLimitChange.requestedLimit", equalTo("1000.01"))
                .body("pendingLimitChange.requestedBy", equalTo("carl.credit"));
        given().header("Authorization", AUDITOR).queryParam("pendingApproval", "true")
                .get("/api/v1/credit-profiles").then().statusCode(200)
                .body("items.customerId", hasItem(customer.toString()));

        // the requester cannot approve their own raise, and trying changes nothing
        long before = world.stored(customer);
        approve(CARL, customer).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("approvedBy"))
                .body("violations[0].rule", equalTo("four-eyes"));
        getProfile(customer).then().body("creditLimit", equalTo("1000.00"))
                .body("pendingLimitChange.requestedLimit", equalTo("1000.01"));
        assertThat(world.stored(customer)).isEqualTo(before);

        approve(PETRA, customer).then().statusCode(200)
                .body("creditLimit", equalTo("1000.01"))
                .body("pendingLimitChange", nullValue());
        approve(PETRA, customer).then().statusCode(409)
                .body("violations[0].rule", equalTo("pending-change-exists"));

        List<TopicReader.Message> published = world.creditTopic(customer,
                seen -> ofType(seen, "CreditLimitChanged.v1") == 3);
        JsonNode approved = new ObjectMapper().readTree(published.get(published.size() - 1).value());
        assertThat(approved.get("previousLimit").asText()).isEqualTo("1000.00");
        assertThat(approved.get("newLimit").asText()).isEqualTo("1000.01");
        assertThat(approved.get("requestedBy").asText()).isEqualTo("carl.credit");
        assertThat(approved.get("approvedBy").asText()).isEqualTo("petra.credit");

        // the approved limit is the new baseline: up to the threshold above it goes in alone
        putLimit(CARL, customer, "2000.01", "EUR").then().statusCode(200).body("creditLimit", equalTo("2000.01"));
        putLimit(CARL, customer, "2000.02", "EUR").then().statusCode(202);
    }

    @Test
    void aRejectedRaiseLeavesTheLimitInForce() {
        UUID customer = world.customer("LO01", "EUR");
        putLimit(CARL, customer, "1000", "EUR").then().statusCode(200);
        putLimit(CARL, customer, "9000", "EUR").then().statusCode(202);
        given().header("Authorization", PETRA).post(
                        "/api/v1/credit-profiles/" + customer + "/pending-limit-change/rejection")
                .then().statusCode(200)
                .body("creditLimit", equalTo("1000.00"))
                .body("pendingLimitChange", nullValue());
        approve(PETRA, customer).then().statusCode(409);
        assertThat(world.stored(customer, CreditLimitChanged.class)).isEqualTo(1);
    }

    @Test
    void aLoweringTakesEffectAtOnceAndAStaleIfMatchIsRefused() {
        UUID customer = world.customer("DE01", "EUR");
        String first = putLimit(CARL, customer, "50000", "EUR").then().statusCode(200).extract().header("ETag");
        String second = given().header("Authorization", CARL).header("If-Match", first).contentType(ContentType.JSON)
                .body("{\"creditLimit\": \"30000\", \"currency\": \"EUR\"}")
                .put("/api/v1/credit-profiles/" + customer)
                .then().statusCode(200).body("creditLimit", equalTo("30000.00")).extract().header("ETag");
        assertThat(second).isNotEqualTo(first);

        given().header("Authorization", CARL).header("If-Match", first).contentType(ContentType.JSON)
                .body("{\"creditLimit\": \"10\", \"currency\": \"EUR\"}")
                .put("/api/v1/credit-profiles/" + customer)
                .then().statusCode(412).contentType("application/problem+json")
                .body("violations[0].field", equalTo("If-Match"));
        getProfile(customer).then().body("creditLimit", equalTo("30000.00")).header("ETag", equalTo(second));
        assertThat(world.stored(customer, CreditLimitChanged.class)).isEqualTo(2);
    }

    @Test
    void onlyACreditManagerMaySetOrApproveAndAnUnknownProfileIsNotFound() {
        UUID customer = world.customer("DE01", "EUR");
        putLimit(CreditFixtures.CLERK, customer, "1000", "EUR").then().statusCode(403)
                .body("type", equalTo("urn:o2c:problem:forbidden"));
        putLimit(AUDITOR, customer, "1000", "EUR").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"creditLimit\": \"1000\", \"currency\": \"EUR\"}")
                .put("/api/v1/credit-profiles/" + customer).then().statusCode(401);
        approve(CreditFixtures.ERP, customer).then().statusCode(403);
        getProfile(customer).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:not-found"));
        approve(PETRA, customer).then().statusCode(404);
        assertThat(world.stored(customer)).isZero();
    }

    private static io.restassured.response.Response approve(String token, UUID customer) {
        return given().header("Authorization", token)
                .post("/api/v1/credit-profiles/" + customer + "/pending-limit-change/approval");
    }
}
