package org.o2c.invoicing.invoice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.o2c.invoicing.Fixtures.freshLegalEntity;
import static org.o2c.invoicing.Fixtures.invoiceJson;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;

/** An auditor reads who issued and who credited an invoice, when, in which request and what changed. */
@QuarkusTest
class InvoiceHistoryTest {
    private static final String AUDITOR = TestTokens.bearer("audrey.auditor", "auditor");

    @Test
    void anInvoicesHistoryListsItsIssueAndItsCreditNotesWithUserCorrelationAndChanges() {
        UUID customer = registerCustomer(freshLegalEntity("HI"), "EUR", 30);
        String issuing = "erp-run-" + UUID.randomUUID();
        String invoice = given().header("Authorization", TestTokens.bearer("erp.system", "integration"))
                .header("X-Correlation-Id", issuing).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-11-02", "2", "100.00", "19")).post("/api/v1/invoices")
                .then().statusCode(201).extract().path("id");
        String crediting = "return-" + UUID.randomUUID();
        String creditNote = given().header("Authorization", TestTokens.bearer("mia.manager", "ar-manager"))
                .header("X-Correlation-Id", crediting).contentType(ContentType.JSON)
                .body("{\"amount\": \"119.00\", \"reason\": \"one crate returned\"}")
                .post("/api/v1/invoices/" + invoice + "/credit-notes").then().statusCode(201).extract().path("id");

        given().header("Authorization", AUDITOR).get("/api/v1/invoices/" + invoice + "/history")
                .then().statusCode(200)
                .body("documentId", equalTo(invoice))
                .body("events.type", contains("InvoiceIssued.v1", "CreditNoteIssued.v1"))
                .body("events.sequence", contains(0, 1))
                .body("events.actingUser", contains("erp.system", "mia.manager"))
                .body("events.correlationId", contains(issuing, crediting))
                .body("events[0].changes.invoiceId", equalTo(invoice))
                .body("events[1].changes.creditNoteId", equalTo(creditNote))
                .body("events[1].changes.reason", equalTo("one crate returned"));

        // the credit note's own history: the events of its invoice that name it
        given().header("Authorization", AUDITOR).get("/api/v1/credit-notes/" + creditNote + "/history")
                .then().statusCode(200)
                .body("documentId", equalTo(creditNote))
                .body("events", hasSize(1))
                .body("events[0].type", equalTo("CreditNoteIssued.v1"))
                .body("events[0].actingUser", equalTo("mia.manager"));

        given().header("Authorization", AUDITOR).get("/api/v1/invoices/" + UUID.randomUUID() + "/history")
                .then().statusCode(404);
    }
}
