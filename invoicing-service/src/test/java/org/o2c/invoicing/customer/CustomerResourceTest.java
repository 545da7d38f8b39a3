package org.o2c.invoicing.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.customerJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
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
        String first = given().header("Authorization", CLERK).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(customerJson("Hofgut Brenner", entity, "CHF", 30)).post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", CLERK).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(customerJson("Hofgut Brenner", entity, "CHF", 30)).post("/api/v1/customers")
                .then().statusCode(201).body("id", equalTo(first));
        given().header("Authorization", CLERK).queryParam("legalEntity", entity).get("/api/v1/customers")
                .then().body("totalItems", equalTo(1));
    }
}
