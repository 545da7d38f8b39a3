package org.o2c.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.EventHeaders;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.reporting.aging.ApAgingProjection;
import org.o2c.reporting.aging.ArAgingProjection;
import org.o2c.reporting.aging.LedgerAccount;
import org.o2c.reporting.ledger.LedgerPosting;
import org.o2c.runtime.consumer.EventConsumer;
import org.o2c.runtime.consumer.RecordDecoder;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicReader;
import org.o2c.testing.kafka.TopicWriter;

/**
 * The read models are rebuildable: one legal entity's rows are removed and its records are read again from
 * offset 0 of every topic and projected in another order across topics (the payments topic before the customer
 * registrations, supplier payments before the invoices they pay); every report reads the same as before, and the
 * general ledger posts the same journal entries under the same ids.
 */
@QuarkusTest
class RebuildFromTopicsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 31);
    private static final String[] TABLES = {"ar_open_item", "ar_item_movement", "ar_account", "ar_account_movement",
            "ar_balance_entry", "ar_customer", "ar_customer_position", "ar_aging_due", "ar_aging_due_change",
            "ar_aging_customers", "ar_aging_customers_change", "ap_supplier", "ap_open_item", "ap_item_movement",
            "journal_line", "journal_entry", "ledger_day_balance"};

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;
    @Inject
    ArAgingProjection receivables;
    @Inject
    ApAgingProjection payables;
    @Inject
    LedgerPosting ledger;

    private final String auditor = TestTokens.bearer("ada.auditor", "auditor");

    @Test
    void replayingEveryTopicInAnotherOrderRebuildsTheSameReports() throws Exception {
        String entity = "RB" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        UUID customerId;
        try (TopicWriter topics = new TopicWriter(kafka)) {
            LedgerAccount customer = new LedgerAccount(topics, UUID.randomUUID(), entity, "EUR");
            customerId = customer.customerId();
            UUID first = customer.invoice(DAY.minusDays(90), DAY.minusDays(60), "1200.00");
            UUID second = customer.invoice(DAY.minusDays(20), DAY.plusDays(10), "300.00");
            UUID payment = customer.payment(DAY.minusDays(30), "1000.00", "first");
            customer.apply(payment, first, "1000.00", DAY.minusDays(29));
            customer.creditNote(second, "50.00", DAY.minusDays(10));
            customer.paymentReturned(payment, DAY.minusDays(5));
            customer.payment(DAY.minusDays(2), "75.00", "advance");
            customer.registered("Weinhaus Ostermann");
            UUID supplier = UUID.randomUUID();
            UUID supplierInvoice = UUID.randomUUID();
            topics.publish("payables", supplier, new SupplierRegistered(supplier, "Glashütte Kern", entity, "EUR", 30));
            topics.publish("payables", supplierInvoice, new SupplierInvoiceRegistered(supplierInvoice, supplier,
                    "GK-1", entity, "EUR", DAY.minusDays(50), DAY.minusDays(20), new BigDecimal("840.00"),
                    new BigDecimal("160.00"), new BigDecimal("1000.00"), "paul.payables"));
            UUID supplierPayment = UUID.randomUUID();
            topics.publish("payables", supplierPayment, new SupplierPaymentMade(supplierPayment, supplier, entity,
                    "EUR", DAY.minusDays(15), new BigDecimal("400.00"), List.of(new SupplierPaymentItem(
                    supplierInvoice, "GK-1", new BigDecimal("400.00"), new BigDecimal("600.00")))));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().header("Authorization", auditor).queryParam("asOf", DAY.toString())
                    .queryParam("legalEntity", entity).get("/api/v1/reports/ar-aging").then()
                    .body("customers.items[0].customerName", equalTo("Weinhaus Ostermann"))
                    .body("customers.items[0].unappliedCash", equalTo("75.00"));
            given().header("Authorization", auditor).queryParam("asOf", DAY.toString())
                    .queryParam("legalEntity", entity).get("/api/v1/reports/ap-aging").then()
                    .body("totals[0].amounts.total", equalTo("600.00"));
        });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(entryIds(entity)).hasSize(9));
        List<String> before = reports(entity, customerId);
        List<String> entriesBefore = entryIds(entity);

        List<ConsumerRecord<String, byte[]>> payments = records("o2c.payments.events", entity, 7);
        List<ConsumerRecord<String, byte[]>> invoicing = records("o2c.invoicing.events", entity, 4);
        List<ConsumerRecord<String, byte[]>> payables = records("o2c.payables.events", entity, 3);
        Collections.reverse(payables); // one event per key here, so reversing keeps each key's own order
        QuarkusTransaction.requiringNew().run(() -> {
            forget(entity);
            project(receivables, payments);
            project(receivables, invoicing);
            project(this.payables, payables);
            project(ledger, payables);
            project(ledger, payments);
            project(ledger, invoicing);
        });

        assertThat(reports(entity, customerId)).isEqualTo(before);
        assertThat(entryIds(entity)).isEqualTo(entriesBefore);
    }

    private List<String> reports(String entity, UUID customerId) {
        List<String> reports = new ArrayList<>();
        for (LocalDate asOf : List.of(DAY, DAY.minusDays(28), DAY.minusDays(60))) {
            reports.add(get("/api/v1/reports/ar-aging", Map.of("asOf", asOf, "legalEntity", entity)));
            reports.add(get("/api/v1/reports/ap-aging", Map.of("asOf", asOf, "legalEntity", entity)));
        }
        reports.add(get("/api/v1/reports/dso", Map.of("from", DAY.minusDays(90), "to", DAY, "legalEntity", entity)));
        reports.add(get("/api/v1/customers/" + customerId + "/statement",
                Map.of("from", DAY.minusDays(40), "to", DAY)));
        reports.add(get("/api/v1/ledger/trial-balance", Map.of("legalEntity", entity, "from", DAY.minusDays(90),
                "asOf", DAY)));
        reports.add(get("/api/v1/ledger/reconciliation", Map.of("legalEntity", entity, "asOf", DAY.minusDays(28))));
        reports.add(get("/api/v1/ledger/accounts/2100/lines", Map.of("legalEntity", entity, "from",
                DAY.minusDays(90), "to", DAY)));
        return reports;
    }

    /** The ids of the legal entity's journal entries, and what each posted: a rebuild must find the same. */
    private List<String> entryIds(String entity) {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT entry_id, source_event_id, accounting_date FROM journal_entry WHERE legal_entity = ? "
                        + "ORDER BY entry_id")) {
            select.setString(1, entity);
            try (java.sql.ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private String get(String path, Map<String, Object> query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        query.forEach((name, value) -> parameters.put(name, String.valueOf(value)));
        String body = given().header("Authorization", auditor).queryParams(parameters).get(path).then()
                .extract().asString();
        assertThat(body).as(path + " " + parameters).doesNotContain("urn:o2c:problem");
        return body;
    }

    /** Every record of the legal entity on a topic, from offset 0, in each partition's order. */
    private List<ConsumerRecord<String, byte[]>> records(String topic, String entity, int expected) {
        try (TopicReader reader = new TopicReader(kafka, topic)) {
            List<TopicReader.Message> all = reader.readUntil(seen -> seen.stream()
                    .filter(m -> entity.equals(m.header(EventHeaders.LEGAL_ENTITY))).count() >= expected,
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            for (TopicReader.Message m : all) {
                if (entity.equals(m.header(EventHeaders.LEGAL_ENTITY))) {
                    ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(m.topic(), m.partition(), m.offset(),
                            m.key(), m.value().getBytes(StandardCharsets.UTF_8));
                    m.headers().forEach((name, value) -> record.headers().add(name,
                            value.getBytes(StandardCharsets.UTF_8)));
                    records.add(record);
                }
            }
            assertThat(records).as(topic).hasSize(expected);
            return records;
        }
    }

    /**
     * Removes the legal entity's rows from every read model and its journal entries from the event store, as a
     * reporting-service starting on an empty database would be.
     */
    private void forget(String entity) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM domainevententry WHERE "
                    + "aggregateidentifier IN (SELECT entry_id::text FROM journal_entry WHERE legal_entity = ?)")) {
                delete.setString(1, entity);
                delete.executeUpdate();
            }
            for (String table : TABLES) {
                try (PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM " + table + " WHERE legal_entity = ?")) {
                    delete.setString(1, entity);
                    delete.executeUpdate();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void project(EventConsumer consumer, List<ConsumerRecord<String, byte[]>> records) {
        RecordDecoder decoder = new RecordDecoder(json);
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                decoder.decode(record, consumer::takes).ifPresent(event -> consumer.consume(List.of(event)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
