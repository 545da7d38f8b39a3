package org.o2c.reporting.ledger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.invoicing.InvoiceLine;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.reporting.aging.LedgerAccount;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicWriter;

@QuarkusTest
class LedgerResourceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 10, 14);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    private final String auditor = TestTokens.bearer("ada.auditor", "auditor");
    private final String manager = TestTokens.bearer("maria.manager", "ar-manager");

    @Test
    void anInvoiceAndItsPaymentArePostedBalancedAndReconcileWithTheAging() {
        String entity = entity();
        UUID invoice;
        UUID payment;
        try (TopicWriter topics = new TopicWriter(kafka)) {
            LedgerAccount account = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR");
            account.registered("Brauerei Keller");
            invoice = account.invoice(DAY, DAY.plusDays(30), "1190.00");
            payment = account.payment(DAY.plusDays(3), "500.00", "part of the invoice");
            account.apply(payment, invoice, "500.00", DAY.plusDays(5));
            // Kafka delivers at least once: the application again is posted once
            account.redeliverLast();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> trialBalance(entity, DAY.withDayOfMonth(1),
                DAY.plusDays(10)).body("currencies[0].accounts", hasSize(5)));
        JsonPath balance = trialBalance(entity, DAY.withDayOfMonth(1), DAY.plusDays(10)).extract().jsonPath();
        String eur = "currencies.find { it.currency == 'EUR' }.";
        assertAccount(balance, "1100", "0.00", "1190.00", "500.00", "690.00");
        assertAccount(balance, "1200", "0.00", "500.00", "0.00", "500.00");
        assertAccount(balance, "2100", "0.00", "500.00", "500.00", "0.00");
        assertAccount(balance, "2490", "0.00", "0.00", "190.00", "-190.00");
        assertAccount(balance, "4190", "0.00", "0.00", "1000.00", "-1000.00");
        org.assertj.core.api.Assertions.assertThat(balance.getString(eur + "totalDebits")).isEqualTo("2190.00");
        org.assertj.core.api.Assertions.assertThat(balance.getString(eur + "totalCredits")).isEqualTo("2190.00");
        org.assertj.core.api.Assertions.assertThat(balance.getBoolean(eur + "balanced")).isTrue();

        // the next month opens with the balances and shows no movement
        trialBalance(entity, DAY.plusMonths(1).withDayOfMonth(1), DAY.plusMonths(1)).body(
                "currencies[0].accounts.find { it.account == '1100' }.opening", equalTo("690.00"));

        // AR control's lines lead back to the invoice and the payment, and the events behind them
        given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("from", DAY.toString()).queryParam("to", DAY.plusDays(10).toString())
                .get("/api/v1/ledger/accounts/1100/lines").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.source.documentType", contains("INVOICE", "PAYMENT"))
                .body("items[0].source.documentId", equalTo(invoice.toString()))
                .body("items[0].source.eventType", equalTo("InvoiceIssued.v1"))
                .body("items[0].debit", equalTo("1190.00"))
                .body("items[1].credit", equalTo("500.00"))
                .body("items[1].openItemId", equalTo(invoice.toString()))
                .body("items[1].accountingDate", equalTo(DAY.plusDays(5).toString()));

        given().header("Authorization", auditor).queryParam("documentId", payment.toString())
                .get("/api/v1/ledger/entries").then().statusCode(200)
                .body("description", contains("Payment received: part of the invoice",
                        "Payment applied to invoice " + invoiceNumberOf(entity, invoice)))
                .body("[0].lines.account", contains("1200", "2100"));

        given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("asOf", DAY.plusDays(10).toString()).get("/api/v1/ledger/reconciliation").then()
                .statusCode(200).body("reconciled", equalTo(true))
                .body("lines.find { it.subledger == 'AR_OPEN_ITEMS' }.subledgerTotal", equalTo("690.00"))
                .body("lines.find { it.subledger == 'AR_OPEN_ITEMS' }.ledgerBalance", equalTo("690.00"));
        // between the payment and its application, the cash is unapplied on both sides
        given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("asOf", DAY.plusDays(4).toString()).get("/api/v1/ledger/reconciliation").then()
                .statusCode(200).body("reconciled", equalTo(true))
                .body("lines.find { it.subledger == 'UNAPPLIED_CASH' }.ledgerBalance", equalTo("500.00"));
    }

    @Test
    void anInvoiceTheSubledgerDoesNotHoldShowsAsTheDifference() {
        String entity = entity();
        UUID customer = UUID.randomUUID();
        UUID invoice = UUID.randomUUID();
        try (TopicWriter topics = new TopicWriter(kafka)) {
            // issued by invoicing, never recorded by the receivables ledger
            topics.publish("invoicing", invoice, new InvoiceIssued(invoice, "INV-LOST-1", customer, entity, "EUR",
                    DAY, DAY.plusDays(30), List.of(new InvoiceLine(1, "Hops", BigDecimal.ONE,
                    new BigDecimal("100.00"), new BigDecimal("100.00"), new BigDecimal("19"))),
                    List.of(new TaxSubtotal(new BigDecimal("19"), new BigDecimal("100.00"), new BigDecimal("19.00"))),
                    new BigDecimal("100.00"), new BigDecimal("19.00"), new BigDecimal("119.00")));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", auditor)
                .queryParam("legalEntity", entity).queryParam("asOf", DAY.toString())
                .get("/api/v1/ledger/reconciliation").then().statusCode(200)
                .body("reconciled", equalTo(false))
                .body("lines.find { it.subledger == 'AR_OPEN_ITEMS' }.difference", equalTo("-119.00"))
                .body("lines.find { it.subledger == 'AR_OPEN_ITEMS' }.documents[0].documentId",
                        equalTo(invoice.toString()))
                .body("lines.find { it.subledger == 'AR_OPEN_ITEMS' }.documents[0].ledger", equalTo("119.00")));
    }

    @Test
    void aSupplierInvoiceAndItsPaymentClearAccountsPayable() {
        String entity = entity();
        UUID supplier = UUID.randomUUID();
        UUID supplierInvoice = UUID.randomUUID();
        try (TopicWriter topics = new TopicWriter(kafka)) {
            topics.publish("payables", supplierInvoice, new SupplierInvoiceRegistered(supplierInvoice, supplier,
                    "RE-815", entity, "EUR", DAY, DAY.plusDays(30), new BigDecimal("1000.00"),
                    new BigDecimal("190.00"), new BigDecimal("1190.00"), "paul.payables"));
            UUID paymentId = UUID.randomUUID();
            topics.publish("payables", paymentId, new SupplierPaymentMade(paymentId, supplier, entity, "EUR",
                    DAY.plusDays(20), new BigDecimal("1190.00"), List.of(new SupplierPaymentItem(supplierInvoice,
                    "RE-815", new BigDecimal("1190.00"), BigDecimal.ZERO))));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> trialBalance(entity, DAY.withDayOfMonth(1),
                DAY.plusDays(25)).body("currencies[0].accounts", hasSize(4)));
        JsonPath balance = trialBalance(entity, DAY.withDayOfMonth(1), DAY.plusDays(25)).extract().jsonPath();
        assertAccount(balance, "2000", "0.00", "1190.00", "1190.00", "0.00");
        assertAccount(balance, "6000", "0.00", "1000.00", "0.00", "1000.00");
        assertAccount(balance, "1400", "0.00", "190.00", "0.00", "190.00");
        assertAccount(balance, "1200", "0.00", "0.00", "1190.00", "-1190.00");
        given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("asOf", DAY.plusDays(10).toString()).get("/api/v1/ledger/reconciliation").then()
                .statusCode(200).body("reconciled", equalTo(true));
    }

    @Test
    void aManagerMapsARateToAnotherAccountFromADateAndTheChangeIsKept() {
        String entity = entity();
        given().header("Authorization", manager).contentType(ContentType.JSON).body("""
                {"effectiveFrom": "%s", "accounts": [
                  {"role": "REVENUE", "qualifier": "19.0", "account": "8400", "name": "Erlöse 19 %%"}]}"""
                .formatted(DAY)).put("/api/v1/ledger/" + entity + "/chart").then().statusCode(200)
                .body("accounts.find { it.role == 'REVENUE' && it.qualifier == '19' }.account", equalTo("8400"))
                .body("changes[0].changedBy", equalTo("maria.manager"));
        given().header("Authorization", auditor).queryParam("asOf", DAY.minusDays(1).toString())
                .get("/api/v1/ledger/" + entity + "/chart").then().statusCode(200)
                .body("accounts.find { it.role == 'REVENUE' && it.qualifier == '19' }.account", equalTo("4190"))
                .body("accounts.find { it.role == 'AR_CONTROL' }.account", equalTo("1100"))
                .body("accounts.find { it.role == 'AR_CONTROL' }.effectiveFrom", equalTo(null));
        try (TopicWriter topics = new TopicWriter(kafka)) {
            LedgerAccount account = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR");
            account.invoice(DAY.minusDays(1), DAY.plusDays(30), "119.00");
            account.invoice(DAY, DAY.plusDays(30), "238.00");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> trialBalance(entity, DAY.minusDays(1),
                DAY).body("currencies[0].accounts.account", contains("1100", "2490", "4190", "8400")));
        trialBalance(entity, DAY.minusDays(1), DAY)
                .body("currencies[0].accounts.find { it.account == '8400' }.credits", equalTo("200.00"))
                .body("currencies[0].accounts.find { it.account == '8400' }.name", equalTo("Erlöse 19 %"));

        // an account cannot be an asset and revenue at once; a role without rates takes no qualifier
        given().header("Authorization", manager).contentType(ContentType.JSON).body("""
                {"effectiveFrom": "%s", "accounts": [
                  {"role": "REVENUE", "account": "1100", "name": "Mixed"}]}""".formatted(DAY))
                .put("/api/v1/ledger/" + entity + "/chart").then().statusCode(422)
                .body("violations.rule", hasItem("account-type-conflict"));
        given().header("Authorization", manager).contentType(ContentType.JSON).body("""
                {"effectiveFrom": "%s", "accounts": [
                  {"role": "AR_CONTROL", "qualifier": "19", "account": "1101", "name": "x"},
                  {"role": "OUTPUT_VAT", "qualifier": "abc", "account": "2401", "name": "x"}]}""".formatted(DAY))
                .put("/api/v1/ledger/" + entity + "/chart").then().statusCode(400)
                .body("violations.field", contains("accounts[0].qualifier", "accounts[1].qualifier"));
        given().header("Authorization", auditor).contentType(ContentType.JSON).body("""
                {"effectiveFrom": "%s", "accounts": [{"role": "ROUNDING", "account": "6901", "name": "x"}]}"""
                .formatted(DAY)).put("/api/v1/ledger/" + entity + "/chart").then().statusCode(403);
        given().header("Authorization", auditor).queryParam("asOf", DAY.toString())
                .get("/api/v1/ledger/" + entity + "/chart").then().statusCode(200).body("changes", hasSize(1));
    }

    @Test
    void aTrialBalanceNeedsALegalEntityOfTheToken() {
        given().header("Authorization", auditor).get("/api/v1/ledger/trial-balance").then().statusCode(400)
                .body("violations.field", hasItem("legalEntity"));
        given().header("Authorization", TestTokens.bearerFor(List.of("DE01"), "ada", "auditor"))
                .queryParam("legalEntity", "FR01").get("/api/v1/ledger/trial-balance").then().statusCode(403);
        given().header("Authorization", auditor).queryParam("legalEntity", "DE01")
                .queryParam("from", "2026-11-02").queryParam("asOf", "2026-11-01")
                .get("/api/v1/ledger/trial-balance").then().statusCode(400)
                .body("violations.rule", hasItem("not-after-asOf"));
    }

    private String invoiceNumberOf(String entity, UUID invoice) {
        return given().header("Authorization", auditor).queryParam("documentId", invoice.toString())
                .get("/api/v1/ledger/entries").then().statusCode(200).extract().jsonPath()
                .getString("[0].source.documentNumber");
    }

    private io.restassured.response.ValidatableResponse trialBalance(String entity, LocalDate from, LocalDate asOf) {
        return given().header("Authorization", auditor).queryParam("legalEntity", entity)
                .queryParam("from", from.toString()).queryParam("asOf", asOf.toString())
                .get("/api/v1/ledger/trial-balance").then().statusCode(200);
    }

    private static void assertAccount(JsonPath balance, String account, String opening, String debits,
                                      String credits, String closing) {
        String row = "currencies[0].accounts.find { it.account == '" + account + "' }.";
        org.assertj.core.api.Assertions.assertThat(List.of(balance.getString(row + "opening"),
                balance.getString(row + "debits"), balance.getString(row + "credits"), balance.getString(row
                        + "closing"))).as("account " + account).containsExactly(opening, debits, credits, closing);
    }

    private static String entity() {
        return "GL" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    }
}
