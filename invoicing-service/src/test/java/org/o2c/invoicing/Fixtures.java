package org.o2c.invoicing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;
import org.o2c.testing.auth.TestTokens;

/** Request helpers for the invoicing tests: tokens and the documents most tests need. */
public final class Fixtures {
    public static final String CLERK = TestTokens.bearer("clara.clerk", "ar-clerk");

    private Fixtures() {
    }

    public static String customerJson(String name, String legalEntity, String currency, int netDays) {
        return """
                {"name": "%s", "legalEntity": "%s", "currency": "%s", "paymentTermsNetDays": %d}"""
                .formatted(name, legalEntity, currency, netDays);
    }

    public static UUID registerCustomer(String legalEntity, String currency, int netDays) {
        String id = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(customerJson("Customer " + UUID.randomUUID(), legalEntity, currency, netDays))
                .post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static String invoiceJson(UUID customerId, String issueDate, String quantity, String unitPrice,
                                     String taxRate) {
        return """
                {"customerId": "%s", "issueDate": "%s",
                 "lines": [{"description": "Pilsner keg 50 l", "quantity": "%s", "unitPrice": "%s", "taxRate": "%s"}]}"""
                .formatted(customerId, issueDate, quantity, unitPrice, taxRate);
    }
}
