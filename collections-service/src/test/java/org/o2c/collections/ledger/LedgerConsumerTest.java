package org.o2c.collections.ledger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.collections.Fixtures.COLLECTOR;
import static org.o2c.collections.Fixtures.awaitOverdue;
import static org.o2c.collections.Fixtures.newLegalEntity;
import static org.o2c.collections.Fixtures.today;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.collections.LedgerFeed;

@QuarkusTest
class LedgerConsumerTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void aRedeliveredOpenItemDoesNotReopenWhatAPaymentSettled() {
        String entity = newLegalEntity();
        LocalDate today = today();
        UUID customer = UUID.randomUUID();
        UUID invoice = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            ledger.openItem(invoice, customer, "EUR", "INV-1", today.minusDays(20), "100.00", eventId);
            ledger.paymentApplied(customer, invoice, "INV-1", "60.00", "40.00");
            ledger.openItem(invoice, customer, "EUR", "INV-1", today.minusDays(20), "100.00", eventId);
            ledger.openItem(customer, "INV-2", today.minusDays(1), "5.00");
        }
        // INV-2 comes after the redelivery on the account's partition: once it shows, the redelivery was taken
        awaitOverdue(entity, customer, today, "45.00");
        given().header("Authorization", COLLECTOR).queryParam("legalEntity", entity)
                .get("/api/v1/collection-cases").then().statusCode(200)
                .body("items[0].overdueItems", equalTo(2))
                .body("items[0].overdueAmount", equalTo("45.00"))
                .body("items[0].oldestDaysPastDue", equalTo(20));
    }
}
