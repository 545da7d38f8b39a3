package org.o2c.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.o2c.testing.auth.TestTokens;

/** What an ERP does with the invoicing-service, over REST. */
final class Invoicing {
    static final String ERP = TestTokens.bearer("erp-system", "integration");

    private final String url;

    Invoicing(String url) {
        this.url = url;
    }

    UUID registerCustomer(String name, String legalEntity, String currency, int netDays) {
        return UUID.fromString(given().baseUri(url).header("Authorization", ERP).header("Idempotency-Key",
                UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "legalEntity": "%s", "currency": "%s", "paymentTermsNetDays": %d}"""
                        .formatted(name, legalEntity, currency, netDays))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id"));
    }

    /** Issues an invoice of one line and returns the stored invoice as answered. */
    JsonPath issue(UUID customerId, LocalDate issueDate, BigDecimal quantity, BigDecimal unitPrice, String taxRate) {
        return given().baseUri(url).header("Authorization", ERP).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON)
                .body("""
                        {"customerId": "%s", "issueDate": "%s", "lines": [
                          {"description": "Crate of mineral water", "quantity": "%s", "unitPrice": "%s", "taxRate": "%s"}]}"""
                        .formatted(customerId, issueDate, quantity.toPlainString(), unitPrice.toPlainString(), taxRate))
                .post("/api/v1/invoices").then().statusCode(201).extract().jsonPath();
    }
}
