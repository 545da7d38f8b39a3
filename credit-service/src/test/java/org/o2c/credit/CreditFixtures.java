package org.o2c.credit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.o2c.events.EventCatalog;
import org.o2c.events.invoicing.CustomerRegistered;
import org.o2c.events.payments.AccountTotals;
import org.o2c.events.payments.OpenItemRecorded;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicReader;
import org.o2c.testing.kafka.TopicWriter;

/**
 * The credit tests' world: customers registered and receivable totals stated by publishing invoicing's and
 * payments' events on their topics (as those services would), users with their roles, and reads of credit's
 * own event store and topic.
 */
public final class CreditFixtures implements AutoCloseable {
    public static final String CARL = TestTokens.bearer("carl.credit", "credit-manager");
    public static final String PETRA = TestTokens.bearer("petra.credit", "credit-manager");
    public static final String ERP = TestTokens.bearer("erp", "integration");
    public static final String CLERK = TestTokens.bearer("clara.clerk", "ar-clerk");
    public static final String AUDITOR = TestTokens.bearer("aud", "auditor");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String kafka;
    private final DataSource dataSource;
    private final TopicWriter writer;

    public CreditFixtures(String kafka, DataSource dataSource) {
        this.kafka = kafka;
        this.dataSource = dataSource;
        this.writer = new TopicWriter(kafka);
    }

    /** A customer registered by invoicing, once credit has taken the registration. */
    public UUID customer(String legalEntity, String currency) {
        UUID id = UUID.randomUUID();
        writer.publish("invoicing", id, new CustomerRegistered(id, "Customer " + id, legalEntity, currency, 30));
        await().atMost(PATIENCE).until(() -> count("SELECT count(*) FROM credit_customer WHERE customer_id = ?",
                id) == 1);
        return id;
    }

    /** The account id payments keeps for a customer in a currency: one account per customer here. */
    public static UUID accountOf(UUID customer) {
        return UUID.nameUUIDFromBytes(("account-" + customer).getBytes(StandardCharsets.UTF_8));
    }

    /** An OpenItemRecorded whose account totals after it are the given ones. */
    public OpenItemRecorded totals(UUID customer, String legalEntity, String currency, String openItems,
                                   String unappliedCash, String creditBalance) {
        BigDecimal open = new BigDecimal(openItems);
        BigDecimal unapplied = new BigDecimal(unappliedCash);
        BigDecimal credit = new BigDecimal(creditBalance);
        return new OpenItemRecorded(accountOf(customer), customer, legalEntity, currency, UUID.randomUUID(),
                "INV-2026-" + customer.toString().substring(0, 6), LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 2), open, open,
                new AccountTotals(open, unapplied, credit, open.subtract(unapplied).subtract(credit)));
    }

    /** Publishes a payments event keyed by its account; returns its event id. */
    public String publishPayments(OpenItemRecorded event) {
        return writer.publish("payments", event.accountId(), event);
    }

    public void publishPayments(OpenItemRecorded event, String eventId) {
        writer.publish("payments", event.accountId(), event, eventId);
    }

    /** Waits until credit's exposure of the customer is the given amount. */
    public void awaitExposure(UUID customer, String exposure) {
        await().atMost(PATIENCE).until(() -> count(
                "SELECT count(*) FROM customer_exposure WHERE customer_id = ? AND exposure = " + new BigDecimal(exposure),
                customer) == 1);
    }

    /** Waits until the consumer has taken the payments event with this id. */
    public void awaitTaken(String eventId) {
        await().atMost(PATIENCE).until(() -> count(
                "SELECT count(*) FROM consumed_event WHERE consumer = 'receivable-exposure' AND event_id = ?",
                eventId) == 1);
    }

    /** How many events of a type credit's event store holds for a customer's profile. */
    public long stored(UUID customer, Class<?> eventType) {
        String type = EventCatalog.isPublished(eventType) ? EventCatalog.typeOf(eventType) : eventType.getName();
        return count("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = '"
                + type + "'", customer.toString());
    }

    /** Every event in credit's event store for a customer's profile. */
    public long stored(UUID customer) {
        return count("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", customer.toString());
    }

    /** Reads o2c.credit.events until the customer's records satisfy the condition; returns them. */
    public List<TopicReader.Message> creditTopic(UUID customer,
                                                 java.util.function.Predicate<List<TopicReader.Message>> done) {
        try (TopicReader reader = new TopicReader(kafka, "o2c.credit.events")) {
            String key = customer.toString();
            return reader.readUntil(seen -> done.test(seen.stream().filter(m -> key.equals(m.key())).toList()),
                    PATIENCE).stream().filter(m -> key.equals(m.key())).toList();
        }
    }

    public static long ofType(List<TopicReader.Message> messages, String type) {
        return messages.stream().filter(m -> type.equals(m.header("ce_type"))).count();
    }

    public static Response putLimit(String token, UUID customer, String limit, String currency) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"creditLimit\": \"%s\", \"currency\": \"%s\"}".formatted(limit, currency))
                .put("/api/v1/credit-profiles/" + customer);
    }

    public static Response getProfile(UUID customer) {
        return given().header("Authorization", AUDITOR).get("/api/v1/credit-profiles/" + customer);
    }

    public static Response check(String token, UUID customer, String amount, String currency) {
        return given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"customerId\": \"%s\", \"orderAmount\": \"%s\", \"currency\": \"%s\"}"
                        .formatted(customer, amount, currency))
                .post("/api/v1/credit-checks");
    }

    private long count(String sql, Object parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
