package org.o2c.credit;

import static org.o2c.runtime.security.Roles.AR_CLERK;
import static org.o2c.runtime.security.Roles.AR_MANAGER;
import static org.o2c.runtime.security.Roles.AUDITOR;
import static org.o2c.runtime.security.Roles.CREDIT_MANAGER;
import static org.o2c.runtime.security.Roles.INTEGRATION;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.HIDDEN;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.NOT_FOUND;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.UNKNOWN_REFERENCE;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2c.runtime.security.Roles;
import org.o2c.testing.openapi.ScopeMatrix;
import org.o2c.testing.quarkus.ServiceContract;

@QuarkusTest
class ServiceRunsTest extends ServiceContract {
    private static final List<String> READERS = List.of(CREDIT_MANAGER, AR_MANAGER, AR_CLERK, INTEGRATION, AUDITOR);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    ServiceRunsTest() {
        super("credit");
    }

    @Override
    protected ScopeMatrix scopeMatrix() {
        String home = "H" + (int) (Math.random() * 90000 + 10000);
        try (CreditFixtures credit = new CreditFixtures(kafka, dataSource)) {
            UUID customer = credit.customer(home, "EUR");
            UUID toApprove = credit.customer(home, "EUR");
            UUID toReject = credit.customer(home, "EUR");
            CreditFixtures.putLimit(CreditFixtures.CARL, customer, "1000.00", "EUR").then().statusCode(200);
            // above the four-eyes threshold: each waits for a second credit manager
            CreditFixtures.putLimit(CreditFixtures.CARL, toApprove, "900000.00", "EUR").then().statusCode(202);
            CreditFixtures.putLimit(CreditFixtures.CARL, toReject, "900000.00", "EUR").then().statusCode(202);
            String pending = "/api/v1/credit-profiles/%s/pending-limit-change/";
            return new ScopeMatrix(Roles.ALL, home, "F" + (int) (Math.random() * 90000 + 10000))
                    .row("PUT /api/v1/credit-profiles/{customerId}", UNKNOWN_REFERENCE,
                            "/api/v1/credit-profiles/" + customer,
                                    "{\"creditLimit\": \"2000.00\", \"currency\": \"EUR\"}",
                            List.of(CREDIT_MANAGER))
                    .row("GET /api/v1/credit-profiles/{customerId}", NOT_FOUND, "/api/v1/credit-profiles/" + customer,
                            null, READERS)
                    .row("GET /api/v1/credit-profiles", HIDDEN, "/api/v1/credit-profiles", null, READERS)
                    .row("GET /api/v1/credit-profiles/{customerId}/history", NOT_FOUND,
                            "/api/v1/credit-profiles/" + customer + "/history", null, READERS)
                    .row("POST /api/v1/credit-profiles/{customerId}/pending-limit-change/approval", NOT_FOUND,
                            pending.formatted(toApprove) + "approval", null, List.of(CREDIT_MANAGER))
                    .row("POST /api/v1/credit-profiles/{customerId}/pending-limit-change/rejection", NOT_FOUND,
                            pending.formatted(toReject) + "rejection", null, List.of(CREDIT_MANAGER))
                    .row("POST /api/v1/credit-checks", UNKNOWN_REFERENCE, "/api/v1/credit-checks",
                            "{\"customerId\": \"%s\", \"orderAmount\": \"10.00\", \"currency\": \"EUR\"}"
                                    .formatted(customer), List.of(INTEGRATION, AR_CLERK, AR_MANAGER, CREDIT_MANAGER));
        }
    }
}
