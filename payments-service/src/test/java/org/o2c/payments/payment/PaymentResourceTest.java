package org.o2c.payments.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.payments.Receivables.AUDITOR;
import static org.o2c.payments.Receivables.CLERK;
import static org.o2c.payments.Receivables.account;
import static org.o2c.payments.Receivables.accountOf;
import static org.o2c.payments.Receivables.allocate;
import static org.o2c.payments.Receivables.pay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReceived;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.payments.Receivables;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class PaymentResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    private Receivables ledger;

    @BeforeEach
    void ledger() {
        ledger = new Receivables(kafka);
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aPaymentIsUnappliedCashOnTheAccountAndPublishedKeyedByTheAccount() throws Exception {
        UUID customer = ledger.customer("DE01", "EUR");
        InvoiceIssued invoice = ledger.invoice(customer, "DE01", "EUR", "568.82");
        UUID accountId = accountOf(customer, "EUR");

        JsonPath payment = pay(customer, "1000.00", "EUR", "thanks for the beer");
        assertThat(payment.getString("status")).isEqualTo("UNAPPLIED");
        assertThat(payment.getString("amount")).isEqualTo("1000.00");
        assertThat(payment.getString("unappliedAmount")).isEqualTo("1000.00");
        assertThat(payment.getString("accountId")).isEqualTo(accountId.toString());
        String paymentId = payment.getString("paymentId");

        JsonPath account = account(customer);
        assertThat(account.getString("accounts[0].totals.openItems")).isEqualTo("568.82");
        assertThat(account.getString("accounts[0].totals.unappliedCash")).isEqualTo("1000.00");
        assertThat(account.getString("accounts[0].totals.balance")).isEqualTo("-431.18");
        assertThat(account.getString("accounts[0].unappliedPayments[0].paymentId")).isEqualTo(paymentId);

        List<TopicReader.Message> events = accountEvents(accountId, 2);
        TopicReader.Message recorded = events.get(0);
        assertThat(recorded.header("ce_type")).isEqualTo("OpenItemRecorded.v1");
        assertContractFields(recorded, OpenItemRecorded.class);
        assertThat(JSON.readTree(recorded.value()).get("invoiceId").asText()).isEqualTo(invoice.invoiceId().toString());
        TopicReader.Message received = events.get(1);
        assertThat(received.key()).isEqualTo(accountId.toString());
        assertThat(received.header("ce_type")).isEqualTo("PaymentReceived.v1");
        assertThat(received.header("ce_source")).isEqualTo("/o2c/payments");
        assertThat(received.header("ce_subject")).isEqualTo(accountId.toString());
        assertThat(received.header("ce_legalentity")).isEqualTo("DE01");
        assertThat(received.header("ce_actinguser")).isEqualTo("clara.clerk");
        assertThat(received.header("ce_correlationid")).isNotBlank();
        assertContractFields(received, PaymentReceived.class);
        JsonNode value = JSON.readTree(received.value());
        assertThat(value.get("paymentId").asText()).isEqualTo(paymentId);
        assertThat(value.get("amount").asText()).isEqualTo("1000.00");
        assertThat(value.get("account").get("unappliedCash").asText()).isEqualTo("1000.00");
        assertThat(value.get("account").get("balance").asText()).isEqualTo("-431.18");

        given().header("Authorization", AUDITOR).get("/api/v1/payments/" + paymentId)
                .then().statusCode(200).body("payerReference", equalTo("thanks for the beer"));
    }

    @Test
    void aPaymentNamingInvoicesItCoversSettlesThemAutomaticallyAndKeepsTheRestUnapplied() throws Exception {
        UUID customer = ledger.customer("DE01", "EUR");
        InvoiceIssued first = ledger.invoice(customer, "DE01", "EUR", "100.00");
        InvoiceIssued second = ledger.invoice(customer, "DE01", "EUR", "50.50");
        InvoiceIssued untouched = ledger.invoice(customer, "DE01", "EUR", "70.00");

        JsonPath payment = pay(customer, "200.00", "EUR", first.invoiceNumber() + ", " + second.invoiceNumber());
        assertThat(payment.getString("status")).isEqualTo("PARTIALLY_APPLIED");
        assertThat(payment.getString("unappliedAmount")).isEqualTo("49.50");
        assertThat(payment.getList("applications.automatic", Boolean.class)).containsExactly(true, true);
        assertThat(payment.getList("applications.invoiceNumber"))
                .containsExactly(first.invoiceNumber(), second.invoiceNumber());

        JsonPath account = account(customer);
        assertThat(account.getList("accounts[0].openItems.items.invoiceId"))
                .containsExactly(untouched.invoiceId().toString());
        assertThat(account.getString("accounts[0].totals.openItems")).isEqualTo("70.00");
        assertThat(account.getString("accounts[0].totals.unappliedCash")).isEqualTo("49.50");
        assertThat(account.getString("accounts[0].totals.balance")).isEqualTo("20.50");

        List<TopicReader.Message> events = accountEvents(accountOf(customer, "EUR"), 8);
        List<String> types = events.stream().map(m -> m.header("ce_type")).toList();
        assertThat(types.subList(3, 8)).containsExactly("PaymentReceived.v1", "PaymentApplied.v1", "InvoiceSettled.v1",
                "PaymentApplied.v1", "InvoiceSettled.v1");
        assertContractFields(events.get(4), PaymentApplied.class);
        assertContractFields(events.get(5), InvoiceSettled.class);
        JsonNode applied = JSON.readTree(events.get(6).value());
        assertThat(applied.get("automatic").asBoolean()).isTrue();
        assertThat(applied.get("invoiceOpenAmount").asText()).isEqualTo("0.00");
        assertThat(applied.get("paymentUnappliedAmount").asText()).isEqualTo("49.50");
    }

    @Test
    void anAdvanceStaysUnappliedUntilAllocatedToALaterInvoiceAndAPartialPaymentLeavesTheRemainderOpenAndAged() {
        UUID customer = ledger.customer("DE01", "EUR");
        String advance = pay(customer, "300.00", "EUR", "advance").getString("paymentId");
        assertThat(account(customer).getString("accounts[0].totals.balance")).isEqualTo("-300.00");

        InvoiceIssued later = ledger.invoice(customer, "DE01", "EUR", "500.00");
        allocate(advance, later.invoiceId(), "300.00").then().statusCode(200)
                .body("status", equalTo("APPLIED"))
                .body("unappliedAmount", equalTo("0.00"))
                .body("applications[0].amount", equalTo("300.00"))
                .body("applications[0].automatic", equalTo(false));

        JsonPath account = account(customer);
        assertThat(account.getString("accounts[0].openItems.items[0].openAmount")).isEqualTo("200.00");
        assertThat(account.getString("accounts[0].openItems.items[0].paidAmount")).isEqualTo("300.00");
        assertThat(account.getString("accounts[0].openItems.items[0].dueDate")).isEqualTo(Receivables.DUE.toString());
        assertThat(account.getString("accounts[0].totals.unappliedCash")).isEqualTo("0.00");
        assertThat(account.getString("accounts[0].totals.balance")).isEqualTo("200.00");
    }

    @Test
    void aCreditNoteReducesItsInvoiceAndWhatExceedsTheOpenAmountBecomesACreditBalance() throws Exception {
        UUID customer = ledger.customer("DE01", "EUR");
        InvoiceIssued invoice = ledger.invoice(customer, "DE01", "EUR", "100.00");
        String payment = pay(customer, "80.00", "EUR", "").getString("paymentId");
        allocate(payment, invoice.invoiceId(), "80.00").then().statusCode(200);

        ledger.creditNote(invoice, "30.00");
        await().atMost(Duration.ofSeconds(30)).until(() ->
                "10.00".equals(account(customer).getString("accounts[0].totals.creditBalance")));
        JsonPath account = account(customer);
        assertThat(account.getString("accounts[0].totals.openItems")).isEqualTo("0.00");
        assertThat(account.getString("accounts[0].totals.balance")).isEqualTo("-10.00");
        assertThat(account.getList("accounts[0].openItems.items")).isEmpty();

        List<TopicReader.Message> events = accountEvents(accountOf(customer, "EUR"), 5);
        TopicReader.Message credited = events.get(3);
        assertThat(credited.header("ce_type")).isEqualTo("CreditNoteApplied.v1");
        assertContractFields(credited, CreditNoteApplied.class);
        JsonNode value = JSON.readTree(credited.value());
        assertThat(value.get("appliedAmount").asText()).isEqualTo("20.00");
        assertThat(value.get("excessAmount").asText()).isEqualTo("10.00");
        assertThat(events.get(4).header("ce_type")).isEqualTo("InvoiceSettled.v1");
    }

    @Test
    void aReturnedPaymentReopensWhatItSettledRemovesItsRestAndKeepsItsHistory() throws Exception {
        UUID customer = ledger.customer("DE01", "EUR");
        InvoiceIssued invoice = ledger.invoice(customer, "DE01", "EUR", "100.00");
        String payment = pay(customer, "150.00", "EUR", invoice.invoiceNumber()).getString("paymentId");
        assertThat(account(customer).getString("accounts[0].totals.openItems")).isEqualTo("0.00");

        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"reason\": \"insufficient funds\", \"returnedOn\": \"2026-11-25\"}")
                .post("/api/v1/payments/" + payment + "/reversal")
                .then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("unappliedAmount", equalTo("0.00"))
                .body("returnedUnappliedAmount", equalTo("50.00"))
                .body("returnReason", equalTo("insufficient funds"))
                .body("applications[0].amount", equalTo("100.00"))
                .body("applications[0].reversed", equalTo(true));

        JsonPath account = account(customer);
        assertThat(account.getString("accounts[0].openItems.items[0].openAmount")).isEqualTo("100.00");
        assertThat(account.getString("accounts[0].openItems.items[0].dueDate")).isEqualTo(Receivables.DUE.toString());
        assertThat(account.getString("accounts[0].totals.unappliedCash")).isEqualTo("0.00");
        assertThat(account.getString("accounts[0].totals.balance")).isEqualTo("100.00");

        List<TopicReader.Message> events = accountEvents(accountOf(customer, "EUR"), 5);
        TopicReader.Message returned = events.get(4);
        assertThat(returned.header("ce_type")).isEqualTo("PaymentReturned.v1");
        assertContractFields(returned, PaymentReturned.class);
        JsonNode value = JSON.readTree(returned.value());
        assertThat(value.get("reopened").get(0).get("invoiceOpenAmount").asText()).isEqualTo("100.00");
        assertThat(value.get("unappliedReversed").asText()).isEqualTo("50.00");
    }

    @Test
    void anInvoiceBeforeItsCustomersRegistrationOpensTheAccountAndADuplicateDeliveryCountsOnce() {
        UUID customer = UUID.randomUUID();
        InvoiceIssued invoice = ledger.invoiceIssued(customer, "US01", "USD", ledger.nextNumber(), "99.99");
        String eventId = UUID.randomUUID().toString();
        ledger.publish(invoice, eventId);
        ledger.publish(invoice, eventId);
        // the same invoice under another event id, as a replay by a publisher might send it
        ledger.publish(invoice, UUID.randomUUID().toString());
        InvoiceIssued marker = ledger.invoiceIssued(customer, "US01", "USD", ledger.nextNumber(), "0.01");
        ledger.publish(marker, UUID.randomUUID().toString());
        ledger.awaitOpenItem(customer, marker.invoiceId());

        JsonPath account = account(customer);
        assertThat(account.getString("legalEntity")).isEqualTo("US01");
        assertThat(account.getString("accounts[0].currency")).isEqualTo("USD");
        assertThat(account.getInt("accounts[0].openItems.totalItems")).isEqualTo(2);
        assertThat(account.getString("accounts[0].totals.openItems")).isEqualTo("100.00");
        // payments are accepted in the currency its invoices are issued in
        pay(customer, "10.00", "USD", "");
    }

    @Test
    void paymentsAreListedNewestFirstByCustomerWithTheirApplications() {
        UUID customer = ledger.customer("DE01", "EUR");
        InvoiceIssued invoice = ledger.invoice(customer, "DE01", "EUR", "40.00");
        pay(customer, "10.00", "EUR", "first");
        pay(customer, "40.00", "EUR", invoice.invoiceNumber());
        pay(ledger.customer("DE01", "EUR"), "5.00", "EUR", "someone else");

        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString())
                .queryParam("size", 1).get("/api/v1/payments")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.size()", equalTo(1))
                .body("items[0].payerReference", equalTo(invoice.invoiceNumber()))
                .body("items[0].applications[0].invoiceId", equalTo(invoice.invoiceId().toString()));
        given().header("Authorization", AUDITOR).queryParam("customerId", customer.toString())
                .queryParam("page", 1).queryParam("size", 1).get("/api/v1/payments")
                .then().statusCode(200).body("items[0].payerReference", equalTo("first"));
    }

    /** The account's events on o2c.payments.events, in order, once at least {@code count} have arrived. */
    private List<TopicReader.Message> accountEvents(UUID accountId, int count) {
        try (TopicReader reader = new TopicReader(kafka, "o2c.payments.events")) {
            List<TopicReader.Message> all = reader.readUntil(seen -> seen.stream()
                    .filter(m -> accountId.toString().equals(m.key())).count() >= count, Duration.ofSeconds(30));
            List<TopicReader.Message> mine = new ArrayList<>(all.stream()
                    .filter(m -> accountId.toString().equals(m.key())).toList());
            mine.sort(java.util.Comparator.comparingLong(TopicReader.Message::offset));
            assertThat(mine).hasSizeGreaterThanOrEqualTo(count);
            return mine;
        }
    }

    private static void assertContractFields(TopicReader.Message message, Class<? extends Record> type)
            throws Exception {
        JsonNode value = JSON.readTree(message.value());
        List<String> fields = new ArrayList<>();
        value.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as("the value carries exactly the contract's fields")
                .containsExactlyInAnyOrder(Arrays.stream(type.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).toArray(String[]::new));
    }
}
