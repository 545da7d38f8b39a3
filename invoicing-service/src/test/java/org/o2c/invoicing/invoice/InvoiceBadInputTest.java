package org.o2c.invoicing.invoice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.invoiceJson;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;

/** Every kind of bad request is a 4xx problem naming the field and rule, and leaves no invoice behind. */
@QuarkusTest
class InvoiceBadInputTest {
    @Inject
    DataSource dataSource;
    private UUID customer;

    @BeforeEach
    void customer() {
        customer = registerCustomer("BI01", "EUR", 30);
    }

    @Test
    void malformedJsonIsAProblemAndIssuesNothing() {
        post("{\"customerId\": \"" + customer + "\", \"issueDate\": ")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:malformed-request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/invoices"));
        assertNoInvoiceFor(customer);
    }

    @Test
    void unknownFieldIsNamed() {
        post("""
                {"customerId": "%s", "issueDate": "2026-03-01", "discount": "5",
                 "lines": [{"description": "x", "quantity": "1", "unitPrice": "1", "taxRate": "0"}]}"""
                .formatted(customer))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("discount"))
                .body("violations[0].rule", equalTo("unknown-field"));
        assertNoInvoiceFor(customer);
    }

    @Test
    void missingAndNegativeQuantitiesAreNamedWithTheirLine() {
        post("""
                {"customerId": "%s", "issueDate": "2026-03-01", "lines": [
                  {"description": "ok", "quantity": "1", "unitPrice": "1", "taxRate": "19"},
                  {"description": "no quantity", "unitPrice": "1", "taxRate": "19"},
                  {"description": "negative", "quantity": "-2", "unitPrice": "1", "taxRate": "19"}]}"""
                .formatted(customer))
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:validation-failed"))
                .body("violations.field", hasItems("lines[1].quantity", "lines[2].quantity"))
                .body("violations.find { it.field == 'lines[1].quantity' }.rule", equalTo("required"))
                // a sign is not part of a decimal in a request
                .body("violations.find { it.field == 'lines[2].quantity' }.rule", equalTo("decimal"));
        assertNoInvoiceFor(customer);
    }

    @Test
    void zeroQuantityNegativePriceAndTaxAbove100AreRefused() {
        post(invoiceJson(customer, "2026-03-01", "0", "-1", "101"))
                .then().statusCode(400)
                .body("violations.field", hasItems("lines[0].quantity", "lines[0].unitPrice", "lines[0].taxRate"));
        assertNoInvoiceFor(customer);
    }

    @Test
    void aNumberWhereTextIsExpectedAndTextWhereANumberIsExpectedAreNamed() {
        post("""
                {"customerId": "%s", "issueDate": "2026-03-01",
                 "lines": [{"description": "x", "quantity": "two", "unitPrice": "1", "taxRate": "0"}]}"""
                .formatted(customer))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("lines[0].quantity"));
        post("""
                {"customerId": "%s", "issueDate": "1st of March", "lines": []}""".formatted(customer))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("issueDate"));
    }

    @Test
    void unknownCurrencyIsNamed() {
        post("""
                {"customerId": "%s", "issueDate": "2026-03-01", "currency": "XYZ",
                 "lines": [{"description": "x", "quantity": "1", "unitPrice": "1", "taxRate": "0"}]}"""
                .formatted(customer))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("currency"))
                .body("violations[0].rule", equalTo("currency-code"));
        assertNoInvoiceFor(customer);
    }

    @Test
    void aCurrencyOtherThanTheCustomersIsRefused() {
        post("""
                {"customerId": "%s", "issueDate": "2026-03-01", "currency": "USD",
                 "lines": [{"description": "x", "quantity": "1", "unitPrice": "1", "taxRate": "0"}]}"""
                .formatted(customer))
                .then().statusCode(422)
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("currency"))
                .body("violations[0].rule", equalTo("customer-currency"));
        assertNoInvoiceFor(customer);
    }

    @Test
    void unknownCustomerIsAnUnknownReference() {
        UUID nobody = UUID.randomUUID();
        post(invoiceJson(nobody, "2026-03-01", "1", "10", "19"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:unknown-reference"))
                .body("violations[0].field", equalTo("customerId"));
        assertNoInvoiceFor(nobody);
    }

    @Test
    void emptyLinesAndMissingFieldsAreAllListed() {
        post("{\"lines\": []}")
                .then().statusCode(400)
                .body("violations.field", hasItems("customerId", "issueDate", "lines"));
        post("")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutAWritingRoleMayNotIssue() {
        given().header("Authorization", TestTokens.bearer("aud", "auditor")).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-03-01", "1", "10", "19"))
                .post("/api/v1/invoices")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:forbidden"));
        assertNoInvoiceFor(customer);
    }

    @Test
    void noTokenOrABadTokenIsUnauthenticated() {
        given().contentType(ContentType.JSON).body(invoiceJson(customer, "2026-03-01", "1", "10", "19"))
                .post("/api/v1/invoices")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer not.a.token").contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-03-01", "1", "10", "19"))
                .post("/api/v1/invoices")
                .then().statusCode(401);
        given().get("/api/v1/invoices").then().statusCode(401);
        assertNoInvoiceFor(customer);
    }

    @Test
    void unknownInvoiceIsNotFoundAndABadIdInAQueryIsNamed() {
        given().header("Authorization", CLERK).get("/api/v1/invoices/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:not-found"));
        given().header("Authorization", CLERK).queryParam("customerId", "12345")
                .get("/api/v1/invoices")
                .then().statusCode(400).body("violations.field", hasItem("customerId"));
    }

    private static io.restassured.response.Response post(String body) {
        return given().header("Authorization", CLERK).contentType(ContentType.JSON).body(body)
                .post("/api/v1/invoices");
    }

    @Test
    void aValidInvoiceIsSeenByTheSameChecks() {
        post(invoiceJson(customer, "2026-03-01", "1", "10", "19")).then().statusCode(201);
        assertThat(storedInvoiceEvents(customer)).isEqualTo(1);
    }

    /** Nothing stored: no invoice in the read model and no InvoiceIssued in the event store, so none to relay. */
    private void assertNoInvoiceFor(UUID customerId) {
        given().header("Authorization", CLERK).queryParam("customerId", customerId.toString())
                .get("/api/v1/invoices").then().statusCode(200).body("totalItems", equalTo(0));
        assertThat(storedInvoiceEvents(customerId)).as("InvoiceIssued events for " + customerId).isZero();
    }

    private long storedInvoiceEvents(UUID customerId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement events = c.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE payloadtype = 'InvoiceIssued.v1' "
                        + "AND convert_from(payload, 'UTF8') LIKE ?")) {
            events.setString(1, "%\"customerId\":\"" + customerId + "\"%");
            try (ResultSet rs = events.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
