package org.o2c.credit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.o2c.credit.CreditFixtures.AUDITOR;
import static org.o2c.credit.CreditFixtures.CARL;
import static org.o2c.credit.CreditFixtures.ERP;
import static org.o2c.credit.CreditFixtures.check;
import static org.o2c.credit.CreditFixtures.getProfile;
import static org.o2c.credit.CreditFixtures.putLimit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad request is a 4xx problem naming the field and rule, and changes nothing: no profile, no event. */
@QuarkusTest
class CreditBadInputTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;
    private CreditFixtures world;
    private UUID customer;

    @BeforeEach
    void world() {
        world = new CreditFixtures(kafka, dataSource);
        customer = world.customer("DE01", "EUR");
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void aProfileForAnUnknownCustomerIsAnUnknownReference() {
        UUID nobody = UUID.randomUUID();
        putLimit(CARL, nobody, "1000", "EUR").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:unknown-reference"))
                .body("violations[0].field", equalTo("customerId"))
                .body("violations[0].rule", equalTo("exists"));
        assertNothingFor(nobody);
    }

    @Test
    void aLimitInAnotherCurrencyThanTheCustomersIsRefused() {
        putLimit(CARL, customer, "1000", "USD").then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("currency"))
                .body("violations[0].rule", equalTo("customer-currency"));
        putLimit(CARL, customer, "1000", "EURO").then().statusCode(400)
                .body("violations[0].field", equalTo("currency"))
                .body("violations[0].rule", equalTo("currency-code"));
        assertNothingFor(customer);
    }

    @Test
    void aNegativeLimitAndMissingOrMalformedFieldsAreNamed() {
        putLimit(CARL, customer, "-0.01", "EUR").then().statusCode(400)
                .body("type", equalTo("urn:o2c:problem:validation-failed"))
                .body("violations[0].field", equalTo("creditLimit"))
                .body("violations[0].rule", equalTo("decimal"));
        given().header("Authorization", CARL).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/credit-profiles/" + customer)
                .then().statusCode(400).body("violations.field", hasItems("creditLimit", "currency"));
        given().header("Authorization", CARL).contentType(ContentType.JSON)
                .body("{\"creditLimit\": \"lots\", \"currency\": \"EUR\"}")
                .put("/api/v1/credit-profiles/" + customer)
                .then().statusCode(400).body("violations[0].field", equalTo("creditLimit"));
        given().header("Authorization", CARL).contentType(ContentType.JSON)
                .body("{\"creditLimit\": \"1\", \"currency\": \"EUR\", \"riskClass\": \"A\"}")
                .put("/api/v1/credit-profiles/" + customer)
                .then().statusCode(400).body("violations[0].rule", equalTo("unknown-field"));
        given().header("Authorization", CARL).contentType(ContentType.JSON).body("1000")
                .put("/api/v1/credit-profiles/not-a-uuid")
                .then().statusCode(anyOf4xx());
        assertNothingFor(customer);
    }

    @Test
    void noTokenOrAWrongRoleChangesNothing() {
        given().contentType(ContentType.JSON).body("{\"creditLimit\": \"1000\", \"currency\": \"EUR\"}")
                .put("/api/v1/credit-profiles/" + customer)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        putLimit(ERP, customer, "1000", "EUR").then().statusCode(403)
                .body("type", equalTo("urn:o2c:problem:forbidden"));
        check(AUDITOR, customer, "10", "EUR").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/credit-checks").then().statusCode(401);
        given().header("Authorization", CreditFixtures.ERP.replace("Bearer ", "Bearer x"))
                .get("/api/v1/credit-profiles/" + customer).then().statusCode(401);
        assertNothingFor(customer);
    }

    @Test
    void aCheckForAnUnknownCustomerOrInAnotherCurrencyIsRefusedAndDeclinesNothing() {
        UUID nobody = UUID.randomUUID();
        check(ERP, nobody, "10", "EUR").then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:unknown-reference"))
                .body("violations[0].field", equalTo("customerId"));
        check(ERP, customer, "10", "USD").then().statusCode(422)
                .body("violations[0].field", equalTo("currency"))
                .body("violations[0].rule", equalTo("customer-currency"));
        assertNothingFor(nobody);
        assertNothingFor(customer);
    }

    @Test
    void aCheckWithoutAPositiveAmountOrCustomerIsNamed() {
        check(ERP, customer, "0", "EUR").then().statusCode(400)
                .body("violations[0].field", equalTo("orderAmount"))
                .body("violations[0].message", equalTo("must be greater than 0"));
        check(ERP, customer, "-5", "EUR").then().statusCode(400)
                .body("violations.field", hasItem("orderAmount"));
        given().header("Authorization", ERP).contentType(ContentType.JSON).body("{\"orderAmount\": \"5\"}")
                .post("/api/v1/credit-checks")
                .then().statusCode(400).body("violations.field", hasItems("customerId", "currency"));
        given().header("Authorization", ERP).contentType(ContentType.JSON).body("{\"customerId\": ")
                .post("/api/v1/credit-checks")
                .then().statusCode(400).body("type", equalTo("urn:o2c:problem:malformed-request"));
        assertNothingFor(customer);
    }

    private static org.hamcrest.Matcher<Integer> anyOf4xx() {
        return org.hamcrest.Matchers.both(org.hamcrest.Matchers.greaterThanOrEqualTo(400))
                .and(org.hamcrest.Matchers.lessThan(500));
    }

    /** No profile to read and nothing in the event store for the customer: nothing to publish either. */
    private void assertNothingFor(UUID customerId) {
        getProfile(customerId).then().statusCode(404);
        assertThat(world.stored(customerId)).as("events stored for " + customerId).isZero();
    }
}
