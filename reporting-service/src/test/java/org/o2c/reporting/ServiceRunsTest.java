package org.o2c.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.o2c.runtime.security.Roles.AP_APPROVER;
import static org.o2c.runtime.security.Roles.AP_CLERK;
import static org.o2c.runtime.security.Roles.AR_CLERK;
import static org.o2c.runtime.security.Roles.AR_MANAGER;
import static org.o2c.runtime.security.Roles.AUDITOR;
import static org.o2c.runtime.security.Roles.COLLECTOR;
import static org.o2c.runtime.security.Roles.CREDIT_MANAGER;
import static org.o2c.runtime.security.Roles.INTEGRATION;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.HIDDEN;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.NOT_FOUND;
import static org.o2c.testing.openapi.ScopeMatrix.Foreign.REFUSED;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.reporting.aging.LedgerAccount;
import org.o2c.runtime.security.Roles;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicWriter;
import org.o2c.testing.openapi.ScopeMatrix;
import org.o2c.testing.quarkus.ServiceContract;

@QuarkusTest
class ServiceRunsTest extends ServiceContract {
    private static final List<String> LEDGER_READERS = List.of(AR_CLERK, AR_MANAGER, AP_CLERK, AP_APPROVER,
            AUDITOR, INTEGRATION);
    private static final List<String> AR_READERS = List.of(AR_CLERK, AR_MANAGER, COLLECTOR, CREDIT_MANAGER, AUDITOR);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    ServiceRunsTest() {
        super("reporting");
    }

    @Override
    protected ScopeMatrix scopeMatrix() {
        String home = "H" + (int) (Math.random() * 90000 + 10000);
        LocalDate today = LocalDate.now();
        UUID customer = UUID.randomUUID();
        UUID supplier = UUID.randomUUID();
        UUID invoice;
        try (TopicWriter topics = new TopicWriter(kafka)) {
            LedgerAccount account = new LedgerAccount(topics, customer, home, "EUR");
            account.registered("Matrix customer");
            invoice = account.invoice(today.minusDays(40), today.minusDays(10), "100.00");
            topics.publish("payables", supplier, new SupplierRegistered(supplier, "Matrix supplier", home, "EUR", 30));
            UUID supplierInvoice = UUID.randomUUID();
            topics.publish("payables", supplierInvoice, new SupplierInvoiceRegistered(supplierInvoice, supplier,
                    "S-1", home, "EUR", today.minusDays(40), today.minusDays(10), new BigDecimal("50.00"),
                    BigDecimal.ZERO, new BigDecimal("50.00"), "paul.payables"));
        }
        String everyone = TestTokens.bearer("aud", "auditor");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", everyone)
                .queryParam("legalEntity", home).get("/api/v1/reports/ar-aging").body().asString()
                .contains(customer.toString()) && given().header("Authorization", everyone)
                .queryParam("legalEntity", home).get("/api/v1/reports/ap-aging").body().asString()
                .contains(supplier.toString()) && given().header("Authorization", everyone)
                .queryParam("documentId", invoice.toString()).get("/api/v1/ledger/entries").body().asString()
                .contains(invoice.toString()));
        String period = "?from=" + today.minusDays(60) + "&to=" + today;
        List<String> arReaders = new java.util.ArrayList<>(AR_READERS);
        arReaders.add(INTEGRATION);
        return new ScopeMatrix(Roles.ALL, home, "F" + (int) (Math.random() * 90000 + 10000))
                .row("GET /api/v1/reports/dso", HIDDEN, "/api/v1/reports/dso" + period, null, AR_READERS)
                .report("GET /api/v1/reports/ar-aging", "/api/v1/reports/ar-aging", customer.toString(), arReaders)
                .report("GET /api/v1/reports/ap-aging", "/api/v1/reports/ap-aging", supplier.toString(),
                        List.of(AP_CLERK, AP_APPROVER, AR_CLERK, AR_MANAGER, COLLECTOR, CREDIT_MANAGER, AUDITOR))
                .row("GET /api/v1/ledger/trial-balance", REFUSED, "/api/v1/ledger/trial-balance?legalEntity=" + home,
                        null, LEDGER_READERS)
                .row("GET /api/v1/ledger/accounts/{account}/lines", REFUSED, "/api/v1/ledger/accounts/1100/lines"
                        + period + "&legalEntity=" + home, null, LEDGER_READERS)
                .row("GET /api/v1/ledger/reconciliation", REFUSED, "/api/v1/ledger/reconciliation?legalEntity="
                        + home, null, LEDGER_READERS)
                .report("GET /api/v1/ledger/entries", "/api/v1/ledger/entries?documentId=" + invoice,
                        invoice.toString(), LEDGER_READERS)
                .row("GET /api/v1/reports/aging-buckets/{legalEntity}", REFUSED, "/api/v1/reports/aging-buckets/"
                        + home, null, List.of(AR_CLERK, AR_MANAGER, COLLECTOR, CREDIT_MANAGER, AP_CLERK, AP_APPROVER,
                        AUDITOR, INTEGRATION))
                .row("PUT /api/v1/reports/aging-buckets/{legalEntity}", REFUSED, "/api/v1/reports/aging-buckets/"
                        + home, "{\"pastDueUpTo\": [30, 60, 90, 120]}", List.of(AR_MANAGER))
                .row("GET /api/v1/ledger/{legalEntity}/chart", REFUSED, "/api/v1/ledger/" + home + "/chart", null,
                        LEDGER_READERS)
                .row("PUT /api/v1/ledger/{legalEntity}/chart", REFUSED, "/api/v1/ledger/" + home + "/chart", """
                        {"effectiveFrom": "%s", "accounts": [{"role": "ROUNDING", "account": "6910",
                         "name": "Rounding"}]}""".formatted(today), List.of(AR_MANAGER))
                .row("GET /api/v1/ledger/{legalEntity}/periods", REFUSED, "/api/v1/ledger/" + home + "/periods",
                        null, LEDGER_READERS)
                .row("GET /api/v1/ledger/{legalEntity}/periods/{period}/checklist", REFUSED,
                        "/api/v1/ledger/" + home + "/periods/2001-01/checklist", null, LEDGER_READERS)
                .row("POST /api/v1/ledger/{legalEntity}/periods/{period}/close", REFUSED,
                        "/api/v1/ledger/" + home + "/periods/2001-01/close", "{}", List.of(AR_MANAGER))
                .row("POST /api/v1/ledger/{legalEntity}/periods/{period}/reopening", REFUSED,
                        "/api/v1/ledger/" + home + "/periods/2001-01/reopening", "{\"reason\": \"late invoice\"}",
                        List.of(AR_MANAGER))
                .row("POST /api/v1/ledger/{legalEntity}/periods/{period}/reopening/approval", REFUSED,
                        "/api/v1/ledger/" + home + "/periods/2001-01/reopening/approval", null, List.of(AR_MANAGER))
                .row("GET /api/v1/ledger/{legalEntity}/exports/journal", REFUSED, "/api/v1/ledger/" + home
                        + "/exports/journal?format=csv&period=" + YearMonth.from(today), null, LEDGER_READERS)
                .row("GET /api/v1/ledger/{legalEntity}/exports/trial-balance", REFUSED, "/api/v1/ledger/" + home
                        + "/exports/trial-balance?format=xlsx", null, LEDGER_READERS)
                .row("GET /api/v1/ledger/{legalEntity}/audit-pack", REFUSED, "/api/v1/ledger/" + home
                        + "/audit-pack?period=" + YearMonth.from(today), null,
                        List.of(AR_MANAGER, AP_APPROVER, AUDITOR))
                .row("GET /api/v1/customers/{customerId}/statement", NOT_FOUND,
                        "/api/v1/customers/" + customer + "/statement" + period, null, AR_READERS);
    }
}
