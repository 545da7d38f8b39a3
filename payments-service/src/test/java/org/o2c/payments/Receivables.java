package org.o2c.payments;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.events.invoicing.EarlyPaymentDiscount;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.invoicing.TaxSubtotal;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicWriter;

/**
 * Test data for the receivables ledger: customers, invoices and credit notes published on o2c.invoicing.events as
 * invoicing would, payments over REST, and reads of the ledger and its event store.
 */
public final class Receivables implements AutoCloseable {
    public static final String CLERK = TestTokens.bearer("clara.clerk", "ar-clerk");
    public static final String AUDITOR = TestTokens.bearer("aud", "auditor");
    public static final LocalDate ISSUED = LocalDate.of(2026, 10, 1);
    public static final LocalDate DUE = LocalDate.of(2026, 10, 31);
    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final TopicWriter invoicing;
    private final String run = String.format("%04d", (int) (Math.random() * 10_000));

    public Receivables(String kafka) {
        invoicing = new TopicWriter(kafka);
    }

    public UUID customer(String legalEntity, String currency) {
        return customer(legalEntity, currency, "Brauhaus " + run);
    }

    public UUID customer(String legalEntity, String currency, String name) {
        UUID customerId = UUID.randomUUID();
        invoicing.publish("invoicing", customerId, new CustomerRegistered(customerId, name, legalEntity,
                currency, 30));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", AUDITOR)
                .get("/api/v1/accounts/" + customerId).statusCode() == 200);
        return customerId;
    }

    /** A fresh invoice number, unique in the test run. */
    public String nextNumber() {
        return "INV-2026-" + run + String.format("%05d", NUMBERS.incrementAndGet());
    }

    public InvoiceIssued invoiceIssued(UUID customerId, String legalEntity, String currency, String number,
                                       String gross) {
        return new InvoiceIssued(UUID.randomUUID(), number, customerId, legalEntity, currency, ISSUED, DUE, List.of(),
                List.of(), new BigDecimal(gross), new BigDecimal("0.00"), new BigDecimal(gross));
    }

    /** Publishes an invoice and waits until it is an open item of the ledger. */
    public InvoiceIssued invoice(UUID customerId, String legalEntity, String currency, String gross) {
        InvoiceIssued invoice = invoiceIssued(customerId, legalEntity, currency, nextNumber(), gross);
        publish(invoice, UUID.randomUUID().toString());
        awaitOpenItem(customerId, invoice.invoiceId());
        return invoice;
    }

    /** The same, offering an early-payment discount of {@code discount} until {@code payBy}. */
    public InvoiceIssued invoice(UUID customerId, String legalEntity, String currency, String gross, String discount,
                                 LocalDate payBy) {
        InvoiceIssued plain = invoiceIssued(customerId, legalEntity, currency, nextNumber(), gross);
        InvoiceIssued invoice = new InvoiceIssued(plain.invoiceId(), plain.invoiceNumber(), customerId, legalEntity,
                currency, ISSUED, DUE, List.of(), List.of(), plain.netAmount(), plain.taxAmount(),
                plain.grossAmount(), new EarlyPaymentDiscount(new BigDecimal("2.00"), payBy, new BigDecimal(discount),
                        List.of(new TaxSubtotal(new BigDecimal("0.00"), new BigDecimal(discount),
                                new BigDecimal("0.00")))));
        publish(invoice, UUID.randomUUID().toString());
        awaitOpenItem(customerId, invoice.invoiceId());
        return invoice;
    }

    public void publish(InvoiceIssued invoice, String eventId) {
        invoicing.publish("invoicing", invoice.invoiceId(), invoice, eventId);
    }

    public CreditNoteIssued creditNote(InvoiceIssued invoice, String gross) {
        CreditNoteIssued note = new CreditNoteIssued(UUID.randomUUID(), "CN-2026-" + run + NUMBERS.incrementAndGet(),
                invoice.invoiceId(), invoice.invoiceNumber(), invoice.customerId(), invoice.legalEntity(),
                invoice.currency(), LocalDate.of(2026, 11, 5), "damaged goods", List.of(), List.of(),
                new BigDecimal(gross), new BigDecimal("0.00"), new BigDecimal(gross));
        // keyed by the invoice, as invoicing publishes it, so it follows its invoice
        invoicing.publish("invoicing", invoice.invoiceId(), note);
        return note;
    }

    public void awaitOpenItem(UUID customerId, UUID invoiceId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", AUDITOR)
                .queryParam("size", 500).get("/api/v1/accounts/" + customerId).then().extract().jsonPath()
                .getList("accounts.openItems.items.flatten().invoiceId").contains(invoiceId.toString()));
    }

    public static JsonPath account(UUID customerId) {
        return given().header("Authorization", AUDITOR).get("/api/v1/accounts/" + customerId)
                .then().statusCode(200).extract().jsonPath();
    }

    public static String paymentJson(UUID customerId, String amount, String currency, String reference) {
        return """
                {"customerId": "%s", "amount": "%s", "currency": "%s", "valueDate": "2026-11-19",
                 "payerReference": "%s"}""".formatted(customerId, amount, currency, reference);
    }

    public static JsonPath pay(UUID customerId, String amount, String currency, String reference) {
        return given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(paymentJson(customerId, amount, currency, reference)).post("/api/v1/payments")
                .then().statusCode(201).extract().jsonPath();
    }

    public static String allocationJson(Object... invoiceAndAmount) {
        StringBuilder json = new StringBuilder("{\"allocations\": [");
        for (int i = 0; i < invoiceAndAmount.length; i += 2) {
            json.append(i == 0 ? "" : ", ").append("{\"invoiceId\": \"").append(invoiceAndAmount[i])
                    .append("\", \"amount\": \"").append(invoiceAndAmount[i + 1]).append("\"}");
        }
        return json.append("]}").toString();
    }

    public static io.restassured.response.Response allocate(String paymentId, Object... invoiceAndAmount) {
        return given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(allocationJson(invoiceAndAmount)).post("/api/v1/payments/" + paymentId + "/allocations");
    }

    /** Events the account has stored: each one is also what the relay publishes. */
    public static long storedEvents(DataSource dataSource, UUID accountId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement count = c.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?")) {
            count.setString(1, accountId.toString());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static UUID accountOf(UUID customerId, String currency) {
        return UUID.nameUUIDFromBytes(("receivable|" + customerId + "|" + currency).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        invoicing.close();
    }
}
