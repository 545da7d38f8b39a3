package org.o2c.payments.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.payments.Receivables;
import org.o2c.runtime.json.PlatformJson;
import org.o2c.testing.kafka.TopicWriter;

/**
 * Kafka is a trust boundary: an event that breaks its contract, whoever wrote it to the topic, is rejected with its
 * reason and never reaches the ledger, and the events behind it on the same partition flow on.
 */
@QuarkusTest
class PoisonEventTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;
    private Receivables receivables;
    private TopicWriter broker;

    @BeforeEach
    void world() {
        receivables = new Receivables(kafka);
        broker = new TopicWriter(kafka);
    }

    @AfterEach
    void close() {
        receivables.close();
        broker.close();
    }

    @Test
    void poisonOnTheInvoicingTopicIsRejectedWithItsReasonAndLaterInvoicesFlow() throws Exception {
        UUID customer = receivables.customer("DE01", "EUR");
        UUID key = UUID.randomUUID();
        String marker = UUID.randomUUID().toString();
        // all three on one key, so one partition: the good invoice waits behind the poison unless it is rejected
        broker.publishRaw("invoicing", key, "InvoiceIssued.v1", "DE01", "{\"hello\":\"world\",\"m\":\"" + marker + "\"}");
        InvoiceIssued huge = new InvoiceIssued(UUID.randomUUID(), "INV-HUGE-" + marker, customer, "DE01", "EUR",
                Receivables.ISSUED, Receivables.DUE, List.of(), List.of(), new BigDecimal("100000000000000000000.00"),
                BigDecimal.ZERO, new BigDecimal("100000000000000000000.00"));
        broker.publishRaw("invoicing", key, "InvoiceIssued.v1", "DE01", json(huge));
        broker.publishRaw("invoicing", key, "InvoiceIssued.v1", "FR01", json(receivables.invoiceIssued(customer,
                "DE01", "EUR", "INV-LIE-" + marker, "10.00")));
        InvoiceIssued good = receivables.invoiceIssued(customer, "DE01", "EUR", receivables.nextNumber(), "250.00");
        broker.publishRaw("invoicing", key, "InvoiceIssued.v1", "DE01", json(good));

        receivables.awaitOpenItem(customer, good.invoiceId());
        await().atMost(Duration.ofSeconds(20)).until(() -> rejections(marker).size() >= 3);
        List<String> reasons = rejections(marker);
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("breaks its contract").contains("invoiceId: is required"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("grossAmount").contains("magnitude"));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("header (FR01) is not the event's legal entity"));
        assertThat(Receivables.account(customer).getList("accounts.openItems.items.flatten().invoiceNumber",
                String.class))
                .doesNotContain("INV-HUGE-" + marker, "INV-LIE-" + marker);
    }

    private static String json(InvoiceIssued invoice) throws Exception {
        return PlatformJson.newMapper().writeValueAsString(invoice);
    }

    private List<String> rejections(String marker) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT reason FROM rejected_event WHERE position(? in convert_from(record_value, 'UTF8')) > 0")) {
            select.setString(1, marker);
            List<String> reasons = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reasons.add(rows.getString(1));
                }
            }
            return reasons;
        }
    }
}
