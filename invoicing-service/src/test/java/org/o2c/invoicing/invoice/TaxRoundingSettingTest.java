package org.o2c.invoicing.invoice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tax is rounded per line or per document as the issuing legal entity is configured. */
@QuarkusTest
class TaxRoundingSettingTest {
    private static final String THREE_SMALL_LINES = """
            {"customerId": "%s", "issueDate": "2026-03-01", "lines": [
              {"description": "a", "quantity": "1", "unitPrice": "0.10", "taxRate": "15"},
              {"description": "b", "quantity": "1", "unitPrice": "0.10", "taxRate": "15"},
              {"description": "c", "quantity": "1", "unitPrice": "0.10", "taxRate": "15"}]}""";

    @Test
    void aPerDocumentEntityRoundsTheTaxOfEachRateOnce() {
        UUID customer = registerCustomer("PD01", "EUR", 30);
        issue(customer).body("taxAmount", equalTo("0.05")).body("grossAmount", equalTo("0.35"));
    }

    @Test
    void otherEntitiesRoundEachLine() {
        UUID customer = registerCustomer("PL01", "EUR", 30);
        issue(customer).body("taxAmount", equalTo("0.06")).body("grossAmount", equalTo("0.36"));
    }

    private static io.restassured.response.ValidatableResponse issue(UUID customer) {
        return given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(THREE_SMALL_LINES.formatted(customer)).post("/api/v1/invoices").then().statusCode(201);
    }
}
