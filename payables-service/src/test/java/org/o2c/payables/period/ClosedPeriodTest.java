package org.o2c.payables.period;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.payables.Fixtures.APPROVER;
import static org.o2c.payables.Fixtures.CLERK;
import static org.o2c.payables.Fixtures.approvedInvoice;
import static org.o2c.payables.Fixtures.invoiceJson;
import static org.o2c.payables.Fixtures.paymentJson;
import static org.o2c.payables.Fixtures.registerSupplier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.testing.kafka.AccountingPeriods;

/** Payables refuses a supplier invoice or payment dated inside a closed accounting period (invariant 7). */
@QuarkusTest
class ClosedPeriodTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    @Test
    void invoiceAndPaymentDatesInAClosedPeriodAreRefused() {
        String entity = "CP" + (int) (Math.random() * 90000 + 10000);
        UUID supplier = registerSupplier(entity, "EUR", 30);
        UUID invoice = approvedInvoice(supplier, "EUR", "100.00");
        AccountingPeriods.close(kafka, dataSource, entity, YearMonth.of(2026, 11));

        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(supplier, "RE-" + UUID.randomUUID(), "EUR", "10.00", "0", "10.00"))
                .post("/api/v1/supplier-invoices").then().statusCode(422)
                .body("violations[0].field", equalTo("invoiceDate"))
                .body("violations[0].rule", equalTo("period-closed"))
                .body("violations[0].message", containsString("2026-11"));
        given().header("Authorization", APPROVER).contentType(ContentType.JSON)
                .body(paymentJson(supplier, invoice, "100.00")).post("/api/v1/supplier-payments").then()
                .statusCode(422).body("violations[0].field", equalTo("paymentDate"))
                .body("violations[0].rule", equalTo("period-closed"));

        AccountingPeriods.reopen(kafka, dataSource, entity, YearMonth.of(2026, 11));
        given().header("Authorization", APPROVER).contentType(ContentType.JSON)
                .body(paymentJson(supplier, invoice, "100.00")).post("/api/v1/supplier-payments").then()
                .statusCode(201);
    }
}
