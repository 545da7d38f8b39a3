package org.o2c.invoicing.period;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.freshLegalEntity;
import static org.o2c.invoicing.Fixtures.invoiceJson;
import static org.o2c.invoicing.Fixtures.issueInvoice;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.testing.kafka.AccountingPeriods;

/**
 * Invoicing learns closed periods from o2c.reporting.events and refuses an invoice or credit note dated inside one
 * (invariant 7), naming the field and the period; the refused request takes no invoice number. Nothing is dated
 * after today either.
 */
@QuarkusTest
class ClosedPeriodTest {
    private static final YearMonth CLOSED = YearMonth.of(2026, 9);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    @Test
    void anInvoiceOrCreditNoteIsNotDatedAfterToday() {
        UUID customer = registerCustomer(freshLegalEntity("FD"), "EUR", 30);
        String tomorrow = LocalDate.now().plusDays(1).toString();
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(customer, tomorrow, "1", "100.00", "19")).post("/api/v1/invoices").then()
                .statusCode(422).body("violations[0].field", equalTo("issueDate"))
                .body("violations[0].rule", equalTo("not-in-future"));
        UUID invoice = issueInvoice(invoiceJson(customer, LocalDate.now().toString(), "1", "100.00", "19"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"reason\": \"damaged\", \"amount\": \"10.00\", \"issueDate\": \"" + tomorrow + "\"}")
                .post("/api/v1/invoices/" + invoice + "/credit-notes").then().statusCode(422)
                .body("violations[0].rule", equalTo("not-in-future"));
    }

    @Test
    void documentsDatedInAClosedPeriodAreRefusedUntilItIsReopened() {
        String entity = freshLegalEntity("CP");
        UUID customer = registerCustomer(entity, "EUR", 30);
        UUID invoice = issueInvoice(invoiceJson(customer, "2026-09-10", "1", "100.00", "19"));
        AccountingPeriods.close(kafka, dataSource, entity, CLOSED);

        // the books are closed up to September: August, never closed itself, is closed too
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-08-31", "1", "100.00", "19")).post("/api/v1/invoices").then()
                .statusCode(422).body("violations[0].rule", equalTo("period-closed"))
                .body("violations[0].message", containsString("closed up to 2026-09"));

        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-09-30", "1", "100.00", "19")).post("/api/v1/invoices").then()
                .statusCode(422).body("violations[0].field", equalTo("issueDate"))
                .body("violations[0].rule", equalTo("period-closed"))
                .body("violations[0].message", containsString("2026-09"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON).body("""
                {"invoices": [%s, %s]}""".formatted(invoiceJson(customer, "2026-10-01", "1", "1.00", "19"),
                        invoiceJson(customer, "2026-09-01", "1", "1.00", "19")))
                .post("/api/v1/invoice-batches").then().statusCode(422)
                .body("violations.field", contains("invoices[1].issueDate"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"reason\": \"damaged\", \"amount\": \"10.00\", \"issueDate\": \"2026-09-15\"}")
                .post("/api/v1/invoices/" + invoice + "/credit-notes").then().statusCode(422)
                .body("violations[0].rule", equalTo("period-closed"));

        // the refused requests took no number: the next invoice follows the first without a gap
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-10-01", "1", "100.00", "19")).post("/api/v1/invoices").then()
                .statusCode(201).body("invoiceNumber", equalTo("INV-2026-000002"));

        AccountingPeriods.reopen(kafka, dataSource, entity, CLOSED);
        // reopened, the month takes documents again; an earlier month, never closed itself, too
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-08-31", "1", "100.00", "19")).post("/api/v1/invoices").then()
                .statusCode(201);
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(customer, "2026-09-30", "1", "100.00", "19")).post("/api/v1/invoices").then()
                .statusCode(201);
    }
}
