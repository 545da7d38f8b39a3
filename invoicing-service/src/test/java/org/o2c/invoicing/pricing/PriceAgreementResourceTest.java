package org.o2c.invoicing.pricing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.o2c.invoicing.Fixtures.MANAGER;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.o2c.invoicing.Fixtures;
import org.o2c.testing.auth.TestTokens;

@QuarkusTest
class PriceAgreementResourceTest {
    private static final String ERP = TestTokens.bearer("erp", "integration");
    private static final String AUDITOR = TestTokens.bearer("aud", "auditor");

    private static ValidatableResponse agreedPrice(UUID customer, String product, String on) {
        return given().header("Authorization", AUDITOR).queryParam("product", product).queryParam("on", on)
                .get("/api/v1/customers/" + customer + "/agreed-price").then();
    }

    @Test
    void aContractPriceWinsOverTheListPriceOnTheDaysItHolds() {
        String entity = Fixtures.freshLegalEntity("P");
        UUID customer = Fixtures.registerCustomer(entity, "EUR", 30);
        String list = given().header("Authorization", ERP).contentType(ContentType.JSON)
                .body(Fixtures.priceListJson(entity, "Trade prices", "2027-01-01", null, "119.5"))
                .post("/api/v1/price-lists").then().statusCode(201).header("ETag", "\"1\"")
                .body("prices.product", hasItems("KEG-DEPOSIT", "KEG-PILS-50"))
                .body("prices.find { it.product == 'KEG-DEPOSIT' }.unitPrice", equalTo("30.00"))
                .body("changedBy", equalTo("erp")).extract().path("id");
        given().header("Authorization", MANAGER).contentType(ContentType.JSON).body("""
                {"prices": [{"product": "KEG-PILS-50", "unitPrice": "112.00", "validFrom": "2027-01-01",
                  "validTo": "2027-06-30"}]}""")
                .put("/api/v1/customers/" + customer + "/contract-prices").then().statusCode(200)
                .header("ETag", "\"1\"").body("revision", equalTo(1)).body("currency", equalTo("EUR"))
                .body("prices[0].validTo", equalTo("2027-06-30")).body("changedBy", equalTo("max.manager"));

        agreedPrice(customer, "KEG-PILS-50", "2027-06-30").statusCode(200).body("unitPrice", equalTo("112.00"))
                .body("source", equalTo("CONTRACT")).body("priceListId", nullValue());
        agreedPrice(customer, "KEG-PILS-50", "2027-07-01").statusCode(200).body("unitPrice", equalTo("119.50"))
                .body("source", equalTo("PRICE_LIST")).body("priceListId", equalTo(list))
                .body("priceListName", equalTo("Trade prices"));
        agreedPrice(customer, "KEG-DEPOSIT", "2027-03-01").statusCode(200).body("unitPrice", equalTo("30.00"));
        agreedPrice(customer, "KEG-WEISS-30", "2027-03-01").statusCode(404)
                .body("type", equalTo("urn:o2c:problem:not-found"));
        agreedPrice(customer, "KEG-PILS-50", "2026-12-31").statusCode(404);
    }

    @Test
    void aRevisionOnTheRevisionLastReadReplacesThePricesAndAStaleOneIsRefused() {
        String entity = Fixtures.freshLegalEntity("P");
        String list = given().header("Authorization", ERP).contentType(ContentType.JSON)
                .body(Fixtures.priceListJson(entity, "Trade prices", "2027-01-01", "2027-12-31", "119.50"))
                .post("/api/v1/price-lists").then().statusCode(201).extract().path("id");
        String revision = """
                {"validFrom": "2027-01-01", "prices": [{"product": "KEG-PILS-50", "unitPrice": "121.00"}]}""";
        given().header("Authorization", MANAGER).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(revision).put("/api/v1/price-lists/" + list).then().statusCode(200).header("ETag", "\"2\"")
                .body("revision", equalTo(2)).body("validTo", nullValue()).body("prices.size()", equalTo(1))
                .body("prices[0].unitPrice", equalTo("121.00"));
        given().header("Authorization", MANAGER).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(revision).put("/api/v1/price-lists/" + list).then().statusCode(412)
                .body("type", equalTo("urn:o2c:problem:precondition-failed"))
                .body("violations[0].field", equalTo("If-Match"));
        given().header("Authorization", AUDITOR).get("/api/v1/price-lists/" + list).then().statusCode(200)
                .header("ETag", "\"2\"").body("prices[0].unitPrice", equalTo("121.00"));
    }

    @Test
    void aListHoldingOnADayAnotherHoldsIsRefusedAndNothingIsStored() {
        String entity = Fixtures.freshLegalEntity("P");
        given().header("Authorization", ERP).contentType(ContentType.JSON)
                .body(Fixtures.priceListJson(entity, "2027", "2027-01-01", "2027-12-31", "119.50"))
                .post("/api/v1/price-lists").then().statusCode(201);
        given().header("Authorization", ERP).contentType(ContentType.JSON)
                .body(Fixtures.priceListJson(entity, "From New Year's Eve", "2027-12-31", null, "125.00"))
                .post("/api/v1/price-lists").then().statusCode(422)
                .body("violations[0].field", equalTo("validFrom")).body("violations[0].rule", equalTo("no-overlap"));
        given().header("Authorization", ERP).contentType(ContentType.JSON)
                .body(Fixtures.priceListJson(entity, "2028", "2028-01-01", null, "125.00"))
                .post("/api/v1/price-lists").then().statusCode(201);
        given().header("Authorization", AUDITOR).queryParam("legalEntity", entity).get("/api/v1/price-lists")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.name", hasItems("2027", "2028"));
        given().header("Authorization", AUDITOR).queryParam("legalEntity", entity).queryParam("on", "2028-03-01")
                .get("/api/v1/price-lists").then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].name", equalTo("2028")).body("items[0].products", equalTo(2));
    }

    @Test
    void badInputNamesEveryFieldAndRuleAndStoresNothing() {
        String entity = Fixtures.freshLegalEntity("P");
        given().header("Authorization", ERP).contentType(ContentType.JSON).body("{\"legalEntity\": \"" + entity
                        + "\", \"currency\": \"EUR\", \"validFrom\": \"2027-01-01\", \"prices\": ["
                        + "{\"product\": \"bad code!\", \"unitPrice\": \"1.00\"}, "
                        + "{\"product\": \"KEG-PILS-50\", \"unitPrice\": \"-1.00\"}]}")
                .post("/api/v1/price-lists").then().statusCode(400)
                .body("violations.field", hasItems("name", "prices[0].product", "prices[1].unitPrice"));
        UUID customer = Fixtures.registerCustomer(entity, "EUR", 30);
        given().header("Authorization", MANAGER).contentType(ContentType.JSON).body("""
                {"prices": [{"product": "KEG-PILS-50", "unitPrice": "112.00", "validFrom": "2027-07-01",
                  "validTo": "2027-06-30"}]}""")
                .put("/api/v1/customers/" + customer + "/contract-prices").then().statusCode(422)
                .body("violations[0].field", equalTo("prices[0].validTo"))
                .body("violations[0].rule", equalTo("not-before-valid-from"));
        given().header("Authorization", AUDITOR).queryParam("legalEntity", entity).get("/api/v1/price-lists")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().header("Authorization", AUDITOR).get("/api/v1/customers/" + customer + "/contract-prices").then()
                .statusCode(200).header("ETag", "\"0\"").body("revision", equalTo(0)).body("prices.size()", equalTo(0))
                .body("changedBy", nullValue());
    }
}
