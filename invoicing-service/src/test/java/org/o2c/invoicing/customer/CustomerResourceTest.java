package org.o2c.invoicing.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.customerJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.o2c.invoicing.Fixtures;
import org.o2c.testing.auth.TestTokens;

@QuarkusTest
class CustomerResourceTest {

    @Test
    void registeredCustomerCanBeReadAndListedByLegalEntity() {
        String entity = "CU" + (int) (Math.random() * 90000 + 10000);
        String id = given().header("Authorization", TestTokens.bearer("erp", "integration"))
                .contentType(ContentType.JSON).body(customerJson("Weingut Abele", entity, "EUR", 45))
                .post("/api/v1/customers")
                .then().statusCode(201)
                .body("name", equalTo("Weingut Abele"))
                .body("paymentTermsNetDays", equalTo(45))
                .extract().path("id");

        given().header("Authorization", TestTokens.bearer("aud", "auditor")).get("/api/v1/customers/" + id)
                .then().statusCode(200).body("legalEntity", equalTo(entity)).body("currency", equalTo("EUR"));
        given().header("Authorization", CLERK).queryParam("legalEntity", entity).get("/api/v1/customers")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
    }

    /**
     * A user acting for two legal entities sees both and no other; a token without the legal_entities claim acts
     * for none: it finds nothing and may register nothing.
     */
    @Test
    void aTokenSeesTheLegalEntitiesItActsForAndATokenWithoutTheClaimNone() {
        String first = "CA" + (int) (Math.random() * 90000 + 10000);
        String second = "CB" + (int) (Math.random() * 90000 + 10000);
        String other = "CC" + (int) (Math.random() * 90000 + 10000);
        String inFirst = Fixtures.registerCustomer(first, "EUR", 30).toString();
        String inSecond = Fixtures.registerCustomer(second, "EUR", 30).toString();
        String inOther = Fixtures.registerCustomer(other, "EUR", 30).toString();
        String both = TestTokens.bearerFor(List.of(first, second), "greta.group", "ar-clerk");
        given().header("Authorization", both).queryParam("size", 500).get("/api/v1/customers").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items.id", containsInAnyOrder(inFirst, inSecond));
        given().header("Authorization", both).get("/api/v1/customers/" + inOther).then().statusCode(404)
                .body("type", equalTo("urn:o2c:problem:not-found"));
        given().header("Authorization", both).queryParam("legalEntity", other).get("/api/v1/customers").then()
                .statusCode(403).body("type", equalTo("urn:o2c:problem:legal-entity-not-granted"))
                .body("violations[0].field", equalTo("legalEntity"));

        String none = TestTokens.bearerFor(null, "nobody", "ar-clerk");
        given().header("Authorization", none).get("/api/v1/customers").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().header("Authorization", none).get("/api/v1/customers/" + inFirst).then().statusCode(404);
        given().header("Authorization", none).contentType(ContentType.JSON)
                .body(customerJson("Nobody's customer", first, "EUR", 30)).post("/api/v1/customers").then()
                .statusCode(403).body("type", equalTo("urn:o2c:problem:legal-entity-not-granted"));
    }

    @Test
    void badCustomersAreRefusedWithEveryFieldNamedAndNothingStored() {
        String entity = "CB" + (int) (Math.random() * 90000 + 10000);
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("""
                        {"name": " ", "legalEntity": "%s", "currency": "EURO", "paymentTermsNetDays": -1}"""
                        .formatted(entity))
                .post("/api/v1/customers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("name", "currency", "paymentTermsNetDays"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(customerJson("Nordwind AG", "de 01", "EUR", 30))
                .post("/api/v1/customers")
                .then().statusCode(400).body("violations[0].field", equalTo("legalEntity"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"name\": \"Nordwind AG\", \"legalEntity\": \"%s\", \"currency\": \"EUR\", \"paymentTermsNetDays\": 30, \"vip\": true}".formatted(entity))
                .post("/api/v1/customers")
                .then().statusCode(400).body("violations[0].rule", equalTo("unknown-field"));
        given().header("Authorization", TestTokens.bearer("collector", "collector")).contentType(ContentType.JSON)
                .body(customerJson("Nordwind AG", entity, "EUR", 30))
                .post("/api/v1/customers")
                .then().statusCode(403);
        given().header("Authorization", CLERK).queryParam("legalEntity", entity).get("/api/v1/customers")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().header("Authorization", CLERK).get("/api/v1/customers/" + UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("urn:o2c:problem:not-found"));
    }

    @Test
    void aRepeatedRegistrationWithTheSameKeyOpensOneAccount() {
        String entity = "CI" + (int) (Math.random() * 90000 + 10000);
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", CLERK).header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(customerJson("Hofgut Brenner", entity, "CHF", 30)).post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", CLERK).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(customerJson("Hofgut Brenner", entity, "CHF", 30)).post("/api/v1/customers")
                .then().statusCode(201).body("id", equalTo(first));
        given().header("Authorization", CLERK).queryParam("legalEntity", entity).get("/api/v1/customers")
                .then().body("totalItems", equalTo(1));
    }
}
