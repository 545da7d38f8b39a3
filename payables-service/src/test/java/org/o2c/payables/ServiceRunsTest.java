package org.o2c.payables;

import static io.restassured.RestAssured.given;
import static org.o2c.runtime.security.Roles.AP_APPROVER;
import static org.o2c.runtime.security.Roles.AP_CLERK;
import static org.o2c.runtime.security.Roles.AUDITOR;
import static org.o2c.runtime.security.Roles.INTEGRATION;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.HIDDEN;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.NOT_FOUND;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.REFUSED;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.UNKNOWN_REFERENCE;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.o2c.runtime.security.Roles;
import org.o2c.testing.openapi.ScopeMatrix;
import org.o2c.testing.quarkus.ServiceContract;

@QuarkusTest
class ServiceRunsTest extends ServiceContract {
    private static final List<String> READERS = List.of(INTEGRATION, AP_CLERK, AP_APPROVER, AUDITOR);

    ServiceRunsTest() {
        super("payables");
    }

    @Override
    protected ScopeMatrix scopeMatrix() {
        String home = "H" + (int) (Math.random() * 90000 + 10000);
        UUID supplier = Fixtures.registerSupplier(home, "EUR", 30);
        UUID toApprove = Fixtures.registerInvoice(supplier, "EUR", "100.00");
        UUID approved = Fixtures.approvedInvoice(supplier, "EUR", "100.00");
        String paymentJson = Fixtures.paymentJson(supplier, approved, "1.00");
        String payment = given().header("Authorization", Fixtures.APPROVER).contentType(ContentType.JSON)
                .body(paymentJson).post("/api/v1/supplier-payments").then().statusCode(201).extract().path("id");
        return new ScopeMatrix(Roles.ALL, home, "F" + (int) (Math.random() * 90000 + 10000))
                .row("POST /api/v1/suppliers", REFUSED, "/api/v1/suppliers",
                        Fixtures.supplierJson("Matrix supplier", home, "EUR", 30), List.of(INTEGRATION, AP_CLERK))
                .row("GET /api/v1/suppliers/{id}", NOT_FOUND, "/api/v1/suppliers/" + supplier, null, READERS)
                .row("GET /api/v1/suppliers", HIDDEN, "/api/v1/suppliers", null, READERS)
                .row("POST /api/v1/supplier-invoices", UNKNOWN_REFERENCE, () -> new ScopeMatrix.Call(
                        "/api/v1/supplier-invoices", Fixtures.invoiceJson(supplier, "RE-" + UUID.randomUUID(), "EUR",
                                "10.00", "0", "10.00")), List.of(INTEGRATION, AP_CLERK))
                .row("POST /api/v1/supplier-invoices/{id}/approval", NOT_FOUND,
                        "/api/v1/supplier-invoices/" + toApprove + "/approval", null, List.of(AP_APPROVER))
                .row("GET /api/v1/supplier-invoices/{id}", NOT_FOUND, "/api/v1/supplier-invoices/" + approved, null,
                        READERS)
                .row("GET /api/v1/supplier-invoices", HIDDEN, "/api/v1/supplier-invoices", null, READERS)
                .row("POST /api/v1/supplier-payments", UNKNOWN_REFERENCE, "/api/v1/supplier-payments", paymentJson,
                        List.of(AP_APPROVER))
                .row("GET /api/v1/supplier-payments/{id}", NOT_FOUND, "/api/v1/supplier-payments/" + payment, null,
                        READERS)
                .row("GET /api/v1/supplier-payments", HIDDEN, "/api/v1/supplier-payments", null, READERS)
                .row("GET /api/v1/suppliers/{id}/history", NOT_FOUND, "/api/v1/suppliers/" + supplier + "/history",
                        null, READERS)
                .row("GET /api/v1/supplier-invoices/{id}/history", NOT_FOUND,
                        "/api/v1/supplier-invoices/" + approved + "/history", null, READERS)
                .row("GET /api/v1/supplier-payments/{id}/history", NOT_FOUND,
                        "/api/v1/supplier-payments/" + payment + "/history", null, READERS);
    }
}
