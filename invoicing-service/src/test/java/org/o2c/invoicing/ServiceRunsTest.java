package org.o2c.invoicing;

import static io.restassured.RestAssured.given;
import static org.o2c.runtime.security.Roles.AR_CLERK;
import static org.o2c.runtime.security.Roles.AR_MANAGER;
import static org.o2c.runtime.security.Roles.AUDITOR;
import static org.o2c.runtime.security.Roles.COLLECTOR;
import static org.o2c.runtime.security.Roles.CREDIT_MANAGER;
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
    private static final List<String> READERS = List.of(INTEGRATION, AR_CLERK, AR_MANAGER, COLLECTOR, CREDIT_MANAGER,
            AUDITOR);

    ServiceRunsTest() {
        super("invoicing");
    }

    @Override
    protected ScopeMatrix scopeMatrix() {
        String home = Fixtures.freshLegalEntity("H");
        UUID customer = Fixtures.registerCustomer(home, "EUR", 30);
        String invoiceJson = Fixtures.invoiceJson(customer, "2026-11-02", "10", "100.00", "19");
        UUID invoice = Fixtures.issueInvoice(invoiceJson);
        String creditNote = given().header("Authorization", Fixtures.CLERK).contentType(ContentType.JSON)
                .body("{\"amount\": \"1.00\", \"reason\": \"damaged keg\"}")
                .post("/api/v1/invoices/" + invoice + "/credit-notes").then().statusCode(201).extract().path("id");
        String customerJson = Fixtures.customerJson("Matrix customer", home, "EUR", 30);
        return new ScopeMatrix(Roles.ALL, home, Fixtures.freshLegalEntity("F"))
                .row("POST /api/v1/customers", REFUSED, "/api/v1/customers", customerJson,
                        List.of(INTEGRATION, AR_CLERK))
                .row("GET /api/v1/customers/{id}", NOT_FOUND, "/api/v1/customers/" + customer, null, READERS)
                .row("GET /api/v1/customers", HIDDEN, "/api/v1/customers", null, READERS)
                .row("POST /api/v1/customer-batches", REFUSED, "/api/v1/customer-batches",
                        "{\"customers\": [" + customerJson + "]}", List.of(INTEGRATION, AR_CLERK))
                .row("POST /api/v1/invoices", UNKNOWN_REFERENCE, "/api/v1/invoices", invoiceJson,
                        List.of(INTEGRATION, AR_CLERK))
                .row("GET /api/v1/invoices/{id}", NOT_FOUND, "/api/v1/invoices/" + invoice, null, READERS)
                .row("GET /api/v1/invoices", HIDDEN, "/api/v1/invoices", null, READERS)
                .row("POST /api/v1/invoice-batches", UNKNOWN_REFERENCE, "/api/v1/invoice-batches",
                        "{\"invoices\": [" + invoiceJson + "]}", List.of(INTEGRATION, AR_CLERK))
                .row("POST /api/v1/invoices/{invoiceId}/credit-notes", NOT_FOUND,
                        "/api/v1/invoices/" + invoice + "/credit-notes",
                        "{\"amount\": \"1.00\", \"reason\": \"short delivery\"}",
                        List.of(INTEGRATION, AR_CLERK, AR_MANAGER))
                .row("GET /api/v1/credit-notes/{id}", NOT_FOUND, "/api/v1/credit-notes/" + creditNote, null, READERS)
                .row("GET /api/v1/invoices/{id}/history", NOT_FOUND, "/api/v1/invoices/" + invoice + "/history", null,
                        READERS)
                .row("GET /api/v1/credit-notes/{id}/history", NOT_FOUND,
                        "/api/v1/credit-notes/" + creditNote + "/history", null, READERS)
                .row("GET /api/v1/customers/{id}/history", NOT_FOUND, "/api/v1/customers/" + customer + "/history",
                        null, READERS);
    }
}
