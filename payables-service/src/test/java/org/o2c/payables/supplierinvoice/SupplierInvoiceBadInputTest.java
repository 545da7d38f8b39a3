package org.o2c.payables.supplierinvoice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.o2c.payables.Fixtures.APPROVER;
import static org.o2c.payables.Fixtures.AUDITOR;
import static org.o2c.payables.Fixtures.CLERK;
import static org.o2c.payables.Fixtures.approve;
import static org.o2c.payables.Fixtures.invoiceJson;
import static org.o2c.payables.Fixtures.registerInvoice;
import static org.o2c.payables.Fixtures.registerSupplier;
import static org.o2c.payables.Fixtures.storedEvents;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;

/** Every refused registration or approval is a problem naming the field and rule, and changes nothing. */
@QuarkusTest
class SupplierInvoiceBadInputTest {
    @Inject
    DataSource dataSource;
    private UUID supplier;

    @BeforeEach
    void supplier() {
        supplier = registerSupplier("BI01", "EUR", 30);
    }

    @Test
    void theSameSupplierInvoiceNumberIsRegisteredOnceIgnoringCaseAndWhitespace() {
        post(invoiceJson(supplier, "RE-2026-0815", "EUR", "100.00", "19.00", "119.00")).then().statusCode(201);

        post(invoiceJson(supplier, "re - 2026 - 0815", "EUR", "100.00", "19.00", "119.00"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:conflict"))
                .body("violations[0].field", equalTo("supplierInvoiceNumber"))
                .body("violations[0].rule", equalTo("unique-per-supplier"));
        assertInvoicesOfSupplier(1);

        UUID otherSupplier = registerSupplier("BI01", "EUR", 30);
        post(invoiceJson(otherSupplier, "RE-2026-0815", "EUR", "100.00", "19.00", "119.00"))
                .then().statusCode(201);
    }

    @Test
    void aGrossAmountOtherThanNetPlusTaxIsRefused() {
        post(invoiceJson(supplier, "RE-1", "EUR", "100.00", "19.00", "120.00"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].field", equalTo("grossAmount"))
                .body("violations[0].rule", equalTo("net-plus-tax"));
        assertInvoicesOfSupplier(0);
        // the refused number was not taken
        post(invoiceJson(supplier, "RE-1", "EUR", "100.00", "19.00", "119.00")).then().statusCode(201);
    }

    @Test
    void aCurrencyOtherThanTheSuppliersIsRefused() {
        post(invoiceJson(supplier, "RE-2", "USD", "100.00", "0", "100.00"))
                .then().statusCode(422)
                .body("violations[0].field", equalTo("currency"))
                .body("violations[0].rule", equalTo("supplier-currency"));
        assertInvoicesOfSupplier(0);
    }

    @Test
    void anAmountFinerThanTheCurrencyIsRefusedNotRounded() {
        post(invoiceJson(supplier, "RE-3", "EUR", "100.005", "0", "100.005"))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("netAmount"))
                .body("violations[0].rule", equalTo("minor-unit"));
        assertInvoicesOfSupplier(0);
    }

    @Test
    void missingNegativeAndMalformedFieldsAreAllNamed() {
        post("""
                {"supplierId": "%s", "currency": "EURO", "netAmount": "-1", "taxAmount": "0", "grossAmount": "0"}"""
                .formatted(supplier))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("supplierInvoiceNumber", "invoiceDate", "currency", "netAmount",
                        "grossAmount"));
        post("""
                {"supplierId": "%s", "supplierInvoiceNumber": "RE-4", "invoiceDate": "2nd November", "currency": "EUR",
                 "netAmount": "1", "taxAmount": "0", "grossAmount": "1"}""".formatted(supplier))
                .then().statusCode(400).body("violations[0].field", equalTo("invoiceDate"));
        post("""
                {"supplierId": "%s", "supplierInvoiceNumber": "RE-4", "invoiceDate": "2026-11-02", "currency": "EUR",
                 "netAmount": "1", "taxAmount": "0", "grossAmount": "1", "iban": "DE89370400440532013000"}"""
                .formatted(supplier))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("iban"))
                .body("violations[0].rule", equalTo("unknown-field"));
        assertInvoicesOfSupplier(0);
    }

    @Test
    void anUnknownSupplierIsAnUnknownReference() {
        UUID nobody = UUID.randomUUID();
        post(invoiceJson(nobody, "RE-5", "EUR", "1", "0", "1"))
                .then().statusCode(422).body("type", equalTo("urn:o2c:problem:unknown-reference"))
                .body("violations[0].field", equalTo("supplierId"));
        assertThat(storedEvents(dataSource, "SupplierInvoiceRegistered.v1", nobody.toString())).isZero();
    }

    @Test
    void onlyClerksAndIntegrationsRegisterAndATokenIsRequired() {
        String body = invoiceJson(supplier, "RE-6", "EUR", "1", "0", "1");
        for (String token : new String[] {APPROVER, AUDITOR, TestTokens.bearer("rita", "ar-clerk")}) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/supplier-invoices")
                    .then().statusCode(403).body("type", equalTo("urn:o2c:problem:forbidden"));
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/supplier-invoices")
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
        assertInvoicesOfSupplier(0);
        given().header("Authorization", TestTokens.bearer("ivy", "integration")).contentType(ContentType.JSON)
                .body(body).post("/api/v1/supplier-invoices").then().statusCode(201);
    }

    @Test
    void theUserWhoRegisteredAnInvoiceCannotApproveIt() {
        // a user holding both roles registers, then tries to approve their own invoice
        String both = TestTokens.bearer("mia.both", "ap-clerk", "ap-approver");
        String id = given().header("Authorization", both).contentType(ContentType.JSON)
                .body(invoiceJson(supplier, "RE-7", "EUR", "500.00", "0", "500.00"))
                .post("/api/v1/supplier-invoices").then().statusCode(201).extract().path("id");

        given().header("Authorization", both).post("/api/v1/supplier-invoices/" + id + "/approval")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:business-rule-violated"))
                .body("violations[0].rule", equalTo("segregation-of-duties"));

        given().header("Authorization", AUDITOR).get("/api/v1/supplier-invoices/" + id)
                .then().statusCode(200).body("status", equalTo("REGISTERED")).body("approvedBy", nullValue());
        assertThat(storedEvents(dataSource, "SupplierInvoiceApproved.v1", id)).isZero();
        approve(UUID.fromString(id));
    }

    @Test
    void anInvoiceIsApprovedOnce() {
        UUID id = registerInvoice(supplier, "EUR", "80.00");
        approve(id);
        given().header("Authorization", TestTokens.bearer("bert.approver", "ap-approver"))
                .post("/api/v1/supplier-invoices/" + id + "/approval")
                .then().statusCode(422).body("violations[0].rule", equalTo("already-approved"));
        given().header("Authorization", AUDITOR).get("/api/v1/supplier-invoices/" + id)
                .then().body("approvedBy", equalTo("anna.approver"));
        assertThat(storedEvents(dataSource, "SupplierInvoiceApproved.v1", id.toString())).isEqualTo(1);
    }

    @Test
    void onlyApproversApproveAndUnknownInvoicesAreNotFound() {
        UUID id = registerInvoice(supplier, "EUR", "80.00");
        given().header("Authorization", CLERK).post("/api/v1/supplier-invoices/" + id + "/approval")
                .then().statusCode(403);
        given().post("/api/v1/supplier-invoices/" + id + "/approval").then().statusCode(401);
        assertThat(storedEvents(dataSource, "SupplierInvoiceApproved.v1", id.toString())).isZero();

        given().header("Authorization", APPROVER).post("/api/v1/supplier-invoices/" + UUID.randomUUID() + "/approval")
                .then().statusCode(404).body("type", equalTo("urn:o2c:problem:not-found"));
        given().header("Authorization", AUDITOR).get("/api/v1/supplier-invoices/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    private static Response post(String body) {
        return given().header("Authorization", CLERK).contentType(ContentType.JSON).body(body)
                .post("/api/v1/supplier-invoices");
    }

    /** The read model and the event store (what the relay publishes) agree on how many invoices exist. */
    private void assertInvoicesOfSupplier(int expected) {
        given().header("Authorization", AUDITOR).queryParam("supplierId", supplier.toString())
                .get("/api/v1/supplier-invoices").then().statusCode(200).body("totalItems", equalTo(expected));
        assertThat(storedEvents(dataSource, "SupplierInvoiceRegistered.v1", supplier.toString())).isEqualTo(expected);
    }
}
