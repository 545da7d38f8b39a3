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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
        String priceList = given().header("Authorization", Fixtures.MANAGER).contentType(ContentType.JSON)
                .body(Fixtures.priceListJson(home, "Matrix prices", "2026-01-01", "2026-12-31", "119.50"))
                .post("/api/v1/price-lists").then().statusCode(201).extract().path("id");
        AtomicInteger calls = new AtomicInteger();
        String revision = "{\"validFrom\": \"2026-01-01\", \"validTo\": \"2026-12-31\", "
                + "\"prices\": [{\"product\": \"KEG-PILS-50\", \"unitPrice\": \"120.00\"}]}";
        String contractPrices = "{\"prices\": [{\"product\": \"KEG-PILS-50\", \"unitPrice\": \"112.00\", "
                + "\"validFrom\": \"2026-01-01\"}]}";
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
                        null, READERS)
                // each publication ten days of its own, so that every role's list is a new one
                .row("POST /api/v1/price-lists", REFUSED, () -> {
                    LocalDate from = LocalDate.of(2030, 1, 1).plusDays(10L * calls.getAndIncrement());
                    return new ScopeMatrix.Call("/api/v1/price-lists", Fixtures.priceListJson(home,
                            "Matrix " + from, from.toString(), from.plusDays(9).toString(), "119.50"));
                }, List.of(INTEGRATION, AR_MANAGER))
                .row("GET /api/v1/price-lists/{id}", NOT_FOUND, "/api/v1/price-lists/" + priceList, null, READERS)
                .row("PUT /api/v1/price-lists/{id}", NOT_FOUND, "/api/v1/price-lists/" + priceList, revision,
                        List.of(INTEGRATION, AR_MANAGER))
                .row("GET /api/v1/price-lists", HIDDEN, "/api/v1/price-lists", null, READERS)
                .row("GET /api/v1/customers/{id}/contract-prices", NOT_FOUND,
                        "/api/v1/customers/" + customer + "/contract-prices", null, READERS)
                .row("PUT /api/v1/customers/{id}/contract-prices", NOT_FOUND,
                        "/api/v1/customers/" + customer + "/contract-prices", contractPrices,
                        List.of(INTEGRATION, AR_MANAGER))
                .row("GET /api/v1/customers/{id}/agreed-price", NOT_FOUND,
                        "/api/v1/customers/" + customer + "/agreed-price?product=KEG-PILS-50&on=2026-06-01", null,
                        READERS);
    }
}
