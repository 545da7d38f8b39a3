package org.o2c.payments;

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
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.iban4j.CountryCode;
import org.iban4j.Iban;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.testing.bank.Camt053File;
import org.o2c.runtime.security.Roles;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.openapi.ScopeMatrix;
import org.o2c.testing.quarkus.ServiceContract;

@QuarkusTest
class ServiceRunsTest extends ServiceContract {
    private static final List<String> READERS = List.of(AR_CLERK, AR_MANAGER, INTEGRATION, COLLECTOR, CREDIT_MANAGER,
            AUDITOR);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private static final List<String> BANK_READERS = List.of(AR_MANAGER, AR_CLERK, AUDITOR);
    private static final List<String> STATEMENT_READERS = List.of(AR_CLERK, AR_MANAGER, INTEGRATION, AUDITOR);
    private static final String CSV_MAPPING = "{\"valueDate\": \"Date\", \"amount\": \"Amount\"}";

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
            String unapplied = Receivables.pay(customer, "50.00", "EUR", "to unapply").getString("paymentId");
            Receivables.allocate(unapplied, invoice.invoiceId(), "0.01").then().statusCode(200);
            String manager = TestTokens.bearerFor(List.of(home), "matrix.setup", AR_MANAGER);
            String iban = Iban.random(CountryCode.DE).toString();
            String bankAccount = given().header("Authorization", manager).header("Idempotency-Key", iban)
                    .contentType(ContentType.JSON).body(bankAccountJson(home, iban)).post("/api/v1/bank-accounts")
                    .then().statusCode(201).extract().path("bankAccountId");
            JsonPath imported = given().header("Authorization", manager).header("Idempotency-Key", UUID.randomUUID())
                    .contentType("application/xml").body(statement(iban)).post("/api/v1/bank-statements")
                    .then().statusCode(201).extract().jsonPath();
            String statement = imported.getString("statements[0].statementId");
            String line = given().header("Authorization", manager).queryParam("statementId", statement)
                    .get("/api/v1/bank-lines").then().statusCode(200).extract().path("items[0].lineId");
            String refundJson = """
                    {"customerId": "%s", "currency": "EUR", "paymentId": "%s", "amount": "0.01",
                     "payeeAccount": "%s", "reason": "matrix"}""".formatted(customer, payment, iban);
            String refund = given().header("Authorization", manager).header("Idempotency-Key", UUID.randomUUID())
                    .contentType(ContentType.JSON).body(refundJson).post("/api/v1/refunds").then().statusCode(201)
                    .extract().path("refundId");
            given().header("Authorization", manager).contentType(ContentType.JSON).body(CSV_MAPPING)
                    .put("/api/v1/bank-accounts/" + bankAccount + "/csv-mapping").then().statusCode(200);
            String advice = given().header("Authorization", manager).header("Idempotency-Key", UUID.randomUUID())
                    .contentType("text/csv").body("reference,invoice,amount\nMATRIX-1," + invoice.invoiceNumber()
                            + ",1.00\n").post("/api/v1/remittance-advices?legalEntity=" + home).then()
                    .statusCode(201).extract().path("adviceId");
            String toReject = given().header("Authorization", manager).header("Idempotency-Key", UUID.randomUUID())
                    .contentType(ContentType.JSON).body(refundJson).post("/api/v1/refunds").then().statusCode(201)
                    .extract().path("refundId");
            return new ScopeMatrix(Roles.ALL, home, "F" + (int) (Math.random() * 90000 + 10000))
                    .row("GET /api/v1/accounts/{customerId}", NOT_FOUND, "/api/v1/accounts/" + customer, null,
                            READERS)
                    .row("POST /api/v1/payments", UNKNOWN_REFERENCE, "/api/v1/payments", paymentJson,
                            List.of(AR_CLERK, AR_MANAGER, INTEGRATION))
                    .row("POST /api/v1/payments/{paymentId}/allocations", NOT_FOUND,
                            "/api/v1/payments/" + payment + "/allocations",
                            Receivables.allocationJson(invoice.invoiceId(), "0.01"), List.of(AR_CLERK, AR_MANAGER))
                    .row("POST /api/v1/payments/{paymentId}/allocations/{allocation}/reversal", NOT_FOUND,
                            "/api/v1/payments/" + unapplied + "/allocations/1/reversal",
                            "{\"reason\": \"applied to the wrong invoice\"}", List.of(AR_CLERK, AR_MANAGER))
                    .row("POST /api/v1/payments/{paymentId}/reversal", NOT_FOUND,
                            "/api/v1/payments/" + returned + "/reversal",
                            "{\"reason\": \"returned by the bank\", \"returnedOn\": \"2026-11-25\"}",
                            List.of(AR_CLERK, AR_MANAGER))
                    .row("GET /api/v1/payments/{paymentId}", NOT_FOUND, "/api/v1/payments/" + payment, null, READERS)
                    .row("GET /api/v1/payments", HIDDEN, "/api/v1/payments", null, READERS)
                    .row("GET /api/v1/payments/{paymentId}/history", NOT_FOUND,
                            "/api/v1/payments/" + payment + "/history", null, READERS)
                    .row("POST /api/v1/bank-accounts", REFUSED, () -> new ScopeMatrix.Call("/api/v1/bank-accounts",
                            bankAccountJson(home, Iban.random(CountryCode.DE).toString())), List.of(AR_MANAGER))
                    .row("GET /api/v1/bank-accounts/{bankAccountId}", NOT_FOUND,
                            "/api/v1/bank-accounts/" + bankAccount, null, BANK_READERS)
                    .row("GET /api/v1/bank-accounts", HIDDEN, "/api/v1/bank-accounts", null, BANK_READERS)
                    .row("POST /api/v1/bank-statements", UNKNOWN_REFERENCE, () -> new ScopeMatrix.Call(
                            "/api/v1/bank-statements", new String(statement(iban), StandardCharsets.UTF_8),
                            "application/xml"), List.of(AR_CLERK, AR_MANAGER, INTEGRATION))
                    .row("GET /api/v1/bank-statements/{statementId}", NOT_FOUND,
                            "/api/v1/bank-statements/" + statement, null, STATEMENT_READERS)
                    .row("GET /api/v1/bank-statements", HIDDEN, "/api/v1/bank-statements", null, STATEMENT_READERS)
                    .row("GET /api/v1/bank-lines", HIDDEN, "/api/v1/bank-lines", null, STATEMENT_READERS)
                    .row("GET /api/v1/bank-lines/{lineId}", NOT_FOUND, "/api/v1/bank-lines/" + line, null,
                            STATEMENT_READERS)
                    .row("GET /api/v1/bank-reconciliation", NOT_FOUND, "/api/v1/bank-reconciliation?bankAccountId="
                            + bankAccount + "&asOf=2026-11-30", null, STATEMENT_READERS)
                    .row("GET /api/v1/cash-application-settings/{legalEntity}", REFUSED,
                            "/api/v1/cash-application-settings/" + home, null, STATEMENT_READERS)
                    .row("PUT /api/v1/cash-application-settings/{legalEntity}", REFUSED,
                            "/api/v1/cash-application-settings/" + home,
                            "{\"autoApplyThreshold\": 85, \"allocationOrder\": \"OLDEST_DUE_FIRST\"}",
                            List.of(AR_MANAGER))
                    .row("POST /api/v1/bank-lines/{lineId}/application", NOT_FOUND,
                            "/api/v1/bank-lines/" + line + "/application",
                            "{\"customerId\": \"" + customer + "\"}", List.of(AR_CLERK, AR_MANAGER))
                    .row("POST /api/v1/accounts/{customerId}/credit-balance/allocations", NOT_FOUND,
                            "/api/v1/accounts/" + customer + "/credit-balance/allocations",
                            "{\"currency\": \"EUR\", \"invoiceId\": \"" + invoice.invoiceId()
                                    + "\", \"amount\": \"0.01\"}", List.of(AR_CLERK, AR_MANAGER))
                    .row("POST /api/v1/refunds", UNKNOWN_REFERENCE, "/api/v1/refunds", refundJson,
                            List.of(AR_MANAGER))
                    .row("GET /api/v1/refunds", HIDDEN, "/api/v1/refunds", null, STATEMENT_READERS)
                    .row("GET /api/v1/refunds/{refundId}", NOT_FOUND, "/api/v1/refunds/" + refund, null,
                            STATEMENT_READERS)
                    .row("POST /api/v1/refunds/{refundId}/approval", NOT_FOUND,
                            "/api/v1/refunds/" + refund + "/approval", "{}", List.of(AR_MANAGER))
                    .row("POST /api/v1/remittance-advices", REFUSED, () -> new ScopeMatrix.Call(
                            "/api/v1/remittance-advices?legalEntity=" + home, "reference,invoice,amount\n"
                            + UUID.randomUUID() + "," + invoice.invoiceNumber() + ",1.00\n", "text/csv"),
                            List.of(AR_CLERK, AR_MANAGER, INTEGRATION))
                    .row("GET /api/v1/remittance-advices/{adviceId}", NOT_FOUND,
                            "/api/v1/remittance-advices/" + advice, null, STATEMENT_READERS)
                    .row("PUT /api/v1/bank-accounts/{bankAccountId}/csv-mapping", NOT_FOUND,
                            "/api/v1/bank-accounts/" + bankAccount + "/csv-mapping", CSV_MAPPING, List.of(AR_MANAGER))
                    .row("GET /api/v1/bank-accounts/{bankAccountId}/csv-mapping", NOT_FOUND,
                            "/api/v1/bank-accounts/" + bankAccount + "/csv-mapping", null, STATEMENT_READERS)
                    .row("POST /api/v1/refunds/{refundId}/rejection", NOT_FOUND,
                            "/api/v1/refunds/" + toReject + "/rejection", "{\"note\": \"matrix\"}",
                            List.of(AR_MANAGER));
        }
    }

    private static String bankAccountJson(String legalEntity, String iban) {
        return """
                {"legalEntity": "%s", "name": "Matrix account", "accountNumber": "%s", "currency": "EUR",
                 "clearingAccount": "1200"}""".formatted(legalEntity, iban);
    }

    /** A statement of one credit of this account, new each time. */
    private static byte[] statement(String iban) {
        return new Camt053File("MATRIX-" + UUID.randomUUID(), iban, "EUR", LocalDate.of(2026, 11, 19), "0.00")
                .credit("10.00", "matrix", null, null, null).bytes();
    }
}
