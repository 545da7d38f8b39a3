package org.o2c.invoicing.settlement;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.invoiceJson;
import static org.o2c.invoicing.Fixtures.issueInvoice;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.CreditNoteApplied;
import org.o2c.events.payments.InvoiceSettled;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.events.payments.PaymentApplied;
import org.o2c.events.payments.PaymentReturned;
import org.o2c.events.payments.ReopenedItem;
import org.o2c.testing.kafka.TopicWriter;

/**
 * Invoices show the settlement the payments service reports on o2c.payments.events, fed here as the payments
 * service would publish it (key = the receivable account).
 */
@QuarkusTest
class InvoiceSettlementTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 4, 1);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    private TopicWriter payments;
    private UUID customer;
    private UUID account;

    @BeforeEach
    void account() {
        payments = new TopicWriter(kafka);
        customer = registerCustomer("ST01", "EUR", 30);
        account = UUID.randomUUID();
    }

    @AfterEach
    void close() {
        payments.close();
    }

    @Test
    void partialPaymentsThenFullPaymentThenReturnedPaymentsMoveTheStateBackAndForth() {
        UUID invoice = invoiceOf119();
        recordOpenItem(invoice);
        awaitSettlement(invoice, "OPEN", "119.00");

        apply(invoice, "50.00", "69.00");
        awaitSettlement(invoice, "PARTIALLY_PAID", "69.00");

        UUID secondPayment = apply(invoice, "69.00", "0.00");
        payments.publish("payments", account, new InvoiceSettled(account, customer, "ST01", "EUR", invoice,
                number(invoice), ISSUED.plusDays(5)));
        awaitSettlement(invoice, "PAID", "0.00");
        given().header("Authorization", CLERK).queryParam("customerId", customer.toString())
                .queryParam("settlementState", "PAID").get("/api/v1/invoices")
                .then().statusCode(200).body("items.id", hasItem(invoice.toString()));
        given().header("Authorization", CLERK).queryParam("customerId", customer.toString())
                .queryParam("settlementState", "OPEN").get("/api/v1/invoices")
                .then().statusCode(200).body("items.id", not(hasItem(invoice.toString())));

        returned(secondPayment, invoice, "69.00", "69.00");
        awaitSettlement(invoice, "PARTIALLY_PAID", "69.00");
        returned(UUID.randomUUID(), invoice, "50.00", "119.00");
        awaitSettlement(invoice, "OPEN", "119.00");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID invoice = invoiceOf119();
        UUID marker = invoiceOf119();
        recordOpenItem(invoice);
        String partial = UUID.randomUUID().toString();
        PaymentApplied partialPayment = paymentApplied(UUID.randomUUID(), invoice, "50.00", "69.00");
        payments.publish("payments", account, partialPayment, partial);
        apply(invoice, "69.00", "0.00");
        awaitSettlement(invoice, "PAID", "0.00");

        // the partial payment again, under its event id: taken twice it would set the open amount back to 69.00
        payments.publish("payments", account, partialPayment, partial);
        // same account, same key, same partition: once the marker is seen, the redelivery was taken before it
        recordOpenItem(marker);
        awaitSettlement(marker, "OPEN", "119.00");
        awaitSettlement(invoice, "PAID", "0.00");
    }

    @Test
    void creditNotesAppliedByThePaymentsServiceShowAsCreditedOrPartlyCredited() {
        UUID credited = invoiceOf119();
        UUID partly = invoiceOf119();
        UUID paidAfterCredit = invoiceOf119();
        for (UUID invoice : List.of(credited, partly, paidAfterCredit)) {
            recordOpenItem(invoice);
        }
        creditApplied(credited, "119.00", "0.00");
        creditApplied(partly, "19.00", "100.00");
        creditApplied(paidAfterCredit, "19.00", "100.00");
        apply(paidAfterCredit, "100.00", "0.00");

        awaitSettlement(credited, "CREDITED", "0.00");
        awaitSettlement(partly, "PARTIALLY_CREDITED", "100.00");
        awaitSettlement(paidAfterCredit, "PAID", "0.00");
        given().header("Authorization", CLERK).queryParam("settlementState", "NOT_A_STATE").get("/api/v1/invoices")
                .then().statusCode(400).body("violations[0].field", equalTo("settlementState"));
    }

    private UUID invoiceOf119() {
        return issueInvoice(invoiceJson(customer, ISSUED.toString(), "1", "100", "19"));
    }

    private static String number(UUID invoice) {
        return given().header("Authorization", CLERK).get("/api/v1/invoices/" + invoice).then().extract()
                .path("invoiceNumber");
    }

    private void recordOpenItem(UUID invoice) {
        payments.publish("payments", account, new OpenItemRecorded(account, customer, "ST01", "EUR", invoice,
                number(invoice), ISSUED, ISSUED.plusDays(30), new BigDecimal("119.00"), new BigDecimal("119.00"),
                totals("119.00")));
    }

    private UUID apply(UUID invoice, String amount, String openAfter) {
        UUID payment = UUID.randomUUID();
        payments.publish("payments", account, paymentApplied(payment, invoice, amount, openAfter));
        return payment;
    }

    private PaymentApplied paymentApplied(UUID payment, UUID invoice, String amount, String openAfter) {
        return new PaymentApplied(account, payment, customer, "ST01", "EUR", invoice, number(invoice),
                new BigDecimal(amount), ISSUED.plusDays(3), false, new BigDecimal(openAfter), BigDecimal.ZERO,
                totals(openAfter));
    }

    private void creditApplied(UUID invoice, String applied, String openAfter) {
        payments.publish("payments", account, new CreditNoteApplied(account, customer, "ST01", "EUR",
                UUID.randomUUID(), "CN-2026-000001", invoice, number(invoice), ISSUED.plusDays(2),
                new BigDecimal(applied), new BigDecimal(applied), BigDecimal.ZERO, new BigDecimal(openAfter),
                totals(openAfter)));
    }

    private void returned(UUID payment, UUID invoice, String amount, String openAfter) {
        payments.publish("payments", account, new PaymentReturned(account, payment, customer, "ST01", "EUR",
                new BigDecimal(amount), ISSUED.plusDays(8), "returned by the bank",
                List.of(new ReopenedItem(invoice, number(invoice), new BigDecimal(amount), new BigDecimal(openAfter))),
                BigDecimal.ZERO, totals(openAfter), null));
    }

    private static AccountTotals totals(String open) {
        return new AccountTotals(new BigDecimal(open), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(open));
    }

    private static void awaitSettlement(UUID invoice, String state, String open) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().header("Authorization", CLERK).get("/api/v1/invoices/" + invoice)
                        .then().statusCode(200)
                        .body("settlementState", equalTo(state))
                        .body("openAmount", equalTo(open)));
    }
}
