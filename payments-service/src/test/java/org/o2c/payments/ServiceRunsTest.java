package org.o2c.payments;

import static org.o2c.runtime.security.Roles.AR_CLERK;
import static org.o2c.runtime.security.Roles.AR_MANAGER;
import static org.o2c.runtime.security.Roles.AUDITOR;
import static org.o2c.runtime.security.Roles.COLLECTOR;
import static org.o2c.runtime.security.Roles.CREDIT_MANAGER;
import static org.o2c.runtime.security.Roles.INTEGRATION;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.HIDDEN;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.NOT_FOUND;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.UNKNOWN_REFERENCE;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.runtime.security.Roles;
import org.o2c.testing.openapi.ScopeMatrix;
import org.o2c.testing.quarkus.ServiceContract;

@QuarkusTest
class ServiceRunsTest extends ServiceContract {
    private static final List<String> READERS = List.of(AR_CLERK, AR_MANAGER, INTEGRATION, COLLECTOR, CREDIT_MANAGER,
            AUDITOR);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    ServiceRunsTest() {
        super("payments");
    }

    @Override
    protected ScopeMatrix scopeMatrix() {
        String home = "H" + (int) (Math.random() * 90000 + 10000);
        try (Receivables ledger = new Receivables(kafka)) {
            UUID customer = ledger.customer(home, "EUR");
            InvoiceIssued invoice = ledger.invoice(customer, home, "EUR", "500.00");
            String paymentJson = Receivables.paymentJson(customer, "100.00", "EUR", "matrix");
            String payment = Receivables.pay(customer, "100.00", "EUR", "to apply").getString("paymentId");
            String returned = Receivables.pay(customer, "50.00", "EUR", "to return").getString("paymentId");
            return new ScopeMatrix(Roles.ALL, home, "F" + (int) (Math.random() * 90000 + 10000))
                    .row("GET /api/v1/accounts/{customerId}", NOT_FOUND, "/api/v1/accounts/" + customer, null,
                            READERS)
                    .row("POST /api/v1/payments", UNKNOWN_REFERENCE, "/api/v1/payments", paymentJson,
                            List.of(AR_CLERK, AR_MANAGER, INTEGRATION))
                    .row("POST /api/v1/payments/{paymentId}/allocations", NOT_FOUND,
                            "/api/v1/payments/" + payment + "/allocations",
                            Receivables.allocationJson(invoice.invoiceId(), "0.01"), List.of(AR_CLERK, AR_MANAGER))
                    .row("POST /api/v1/payments/{paymentId}/reversal", NOT_FOUND,
                            "/api/v1/payments/" + returned + "/reversal",
                            "{\"reason\": \"returned by the bank\", \"returnedOn\": \"2026-11-25\"}",
                            List.of(AR_CLERK, AR_MANAGER))
                    .row("GET /api/v1/payments/{paymentId}", NOT_FOUND, "/api/v1/payments/" + payment, null, READERS)
                    .row("GET /api/v1/payments", HIDDEN, "/api/v1/payments", null, READERS)
                    .row("GET /api/v1/payments/{paymentId}/history", NOT_FOUND,
                            "/api/v1/payments/" + payment + "/history", null, READERS);
        }
    }
}
