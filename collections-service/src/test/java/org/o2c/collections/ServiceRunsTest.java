package org.o2c.collections;

import static org.o2c.collections.Fixtures.CLERK;
import static org.o2c.collections.Fixtures.awaitOverdue;
import static org.o2c.collections.Fixtures.dunningRun;
import static org.o2c.collections.Fixtures.post;
import static org.o2c.runtime.security.Roles.AR_CLERK;
import static org.o2c.runtime.security.Roles.AR_MANAGER;
import static org.o2c.runtime.security.Roles.AUDITOR;
import static org.o2c.runtime.security.Roles.COLLECTOR;
import static org.o2c.runtime.security.Roles.CREDIT_MANAGER;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.HIDDEN;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.NOT_FOUND;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.REFUSED;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.UNKNOWN_REFERENCE;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2c.runtime.security.Roles;
import org.o2c.testing.openapi.ScopeMatrix;
import org.o2c.testing.quarkus.ServiceContract;

@QuarkusTest
class ServiceRunsTest extends ServiceContract {
    private static final List<String> READERS = List.of(COLLECTOR, AR_MANAGER, AR_CLERK, CREDIT_MANAGER, AUDITOR);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    ServiceRunsTest() {
        super("collections");
    }

    @Override
    protected ScopeMatrix scopeMatrix() {
        String home = Fixtures.newLegalEntity();
        LocalDate today = Fixtures.today();
        UUID customer = UUID.randomUUID();
        UUID promised;
        UUID disputed;
        UUID toDispute;
        try (LedgerFeed ledger = new LedgerFeed(kafka, home)) {
            promised = ledger.openItem(customer, "INV-1", today.minusDays(10), "100.00");
            disputed = ledger.openItem(customer, "INV-2", today.minusDays(10), "100.00");
            toDispute = ledger.openItem(customer, "INV-3", today.minusDays(10), "100.00");
        }
        awaitOverdue(home, customer, today, "300.00");
        String letter = dunningRun(home, today).then().statusCode(201).extract().path("letters[0].letterId");
        String promiseJson = """
                {"customerId": "%s", "amount": "100", "promisedDate": "%s", "invoiceIds": ["%s"]}"""
                .formatted(customer, today.plusDays(2), promised);
        String promise = post(CLERK, "/api/v1/promises-to-pay", promiseJson).then().statusCode(201)
                .extract().path("id");
        String dispute = post(CLERK, "/api/v1/disputes", """
                {"invoiceId": "%s", "reasonCode": "DAMAGED_GOODS", "amount": "10.00"}""".formatted(disputed))
                .then().statusCode(201).extract().path("id");
        String homeToday = "{\"legalEntity\": \"%s\", \"asOf\": \"%s\"}".formatted(home, today);
        return new ScopeMatrix(Roles.ALL, home, Fixtures.newLegalEntity())
                .row("POST /api/v1/promises-to-pay", UNKNOWN_REFERENCE, "/api/v1/promises-to-pay", promiseJson,
                        List.of(COLLECTOR, AR_MANAGER, AR_CLERK))
                .row("POST /api/v1/promise-checks", REFUSED, "/api/v1/promise-checks", homeToday,
                        List.of(COLLECTOR, AR_MANAGER))
                .row("GET /api/v1/promises-to-pay/{id}", NOT_FOUND, "/api/v1/promises-to-pay/" + promise, null,
                        READERS)
                .row("GET /api/v1/promises-to-pay", HIDDEN, "/api/v1/promises-to-pay", null, READERS)
                .row("GET /api/v1/promises-to-pay/{id}/history", NOT_FOUND,
                        "/api/v1/promises-to-pay/" + promise + "/history", null, READERS)
                .row("POST /api/v1/disputes", UNKNOWN_REFERENCE, "/api/v1/disputes", """
                        {"invoiceId": "%s", "reasonCode": "PRICE", "amount": "5.00"}""".formatted(toDispute),
                        List.of(COLLECTOR, AR_MANAGER, AR_CLERK))
                .row("POST /api/v1/disputes/{id}/resolution", NOT_FOUND, "/api/v1/disputes/" + dispute + "/resolution",
                        "{\"resolution\": \"CUSTOMER_WRONG\"}", List.of(COLLECTOR, AR_MANAGER))
                .row("GET /api/v1/disputes/{id}", NOT_FOUND, "/api/v1/disputes/" + dispute, null, READERS)
                .row("GET /api/v1/disputes", HIDDEN, "/api/v1/disputes", null, READERS)
                .row("GET /api/v1/disputes/{id}/history", NOT_FOUND, "/api/v1/disputes/" + dispute + "/history", null,
                        READERS)
                .row("POST /api/v1/dunning-runs", REFUSED, "/api/v1/dunning-runs", homeToday,
                        List.of(COLLECTOR, AR_MANAGER))
                .row("GET /api/v1/dunning-letters", HIDDEN, "/api/v1/dunning-letters", null, READERS)
                .row("GET /api/v1/dunning-letters/{id}", NOT_FOUND, "/api/v1/dunning-letters/" + letter, null, READERS)
                .row("GET /api/v1/dunning-letters/{id}/history", NOT_FOUND,
                        "/api/v1/dunning-letters/" + letter + "/history", null, READERS)
                .row("GET /api/v1/collection-cases", HIDDEN, "/api/v1/collection-cases", null, READERS)
                .row("GET /api/v1/dunning-policies/{legalEntity}", NOT_FOUND, "/api/v1/dunning-policies/" + home,
                        null, READERS)
                .row("PUT /api/v1/dunning-policies/{legalEntity}", NOT_FOUND, "/api/v1/dunning-policies/" + home, """
                        {"levels": [{"level": 1, "name": "reminder", "daysPastDue": 10}]}""",
                        List.of(COLLECTOR, AR_MANAGER));
    }
}
