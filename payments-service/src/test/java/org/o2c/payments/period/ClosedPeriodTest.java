package org.o2c.payments.period;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.payments.Receivables.CLERK;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.payments.Receivables;
import org.o2c.testing.kafka.AccountingPeriods;

/** Payments refuses a payment received or returned on a date inside a closed accounting period (invariant 7). */
@QuarkusTest
class ClosedPeriodTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    @Test
    void valueAndReturnDatesInAClosedPeriodAreRefused() {
        String entity = "CP" + (int) (Math.random() * 90000 + 10000);
        UUID customer = new Receivables(kafka).customer(entity, "EUR");
        String payment = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(payment(customer, "2026-08-20")).post("/api/v1/payments").then().statusCode(201)
                .extract().path("paymentId");
        AccountingPeriods.close(kafka, dataSource, entity, YearMonth.of(2026, 8));

        given().header("Authorization", CLERK).contentType(ContentType.JSON).body(payment(customer, "2026-08-31"))
                .post("/api/v1/payments").then().statusCode(422)
                .body("violations[0].field", equalTo("valueDate"))
                .body("violations[0].rule", equalTo("period-closed"))
                .body("violations[0].message", containsString("2026-08"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"reason\": \"account closed\", \"returnedOn\": \"2026-08-25\"}")
                .post("/api/v1/payments/" + payment + "/reversal").then().statusCode(422)
                .body("violations[0].field", equalTo("returnedOn"))
                .body("violations[0].rule", equalTo("period-closed"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"reason\": \"account closed\", \"returnedOn\": \"2026-09-02\"}")
                .post("/api/v1/payments/" + payment + "/reversal").then().statusCode(200);
    }

    private static String payment(UUID customer, String valueDate) {
        return """
                {"customerId": "%s", "amount": "100.00", "currency": "EUR", "valueDate": "%s",
                 "payerReference": "advance"}""".formatted(customer, valueDate);
    }
}
