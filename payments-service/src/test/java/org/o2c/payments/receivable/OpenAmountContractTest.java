package org.o2c.payments.receivable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.o2c.payments.Receivables.account;
import static org.o2c.payments.Receivables.accountOf;
import static org.o2c.payments.Receivables.allocate;
import static org.o2c.payments.Receivables.pay;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.EventCatalog;
import org.o2c.events.PublishedEvent;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.events.payments.OpenAmountChange;
import org.o2c.payments.Receivables;
import org.o2c.runtime.consumer.EventContract;
import org.o2c.testing.kafka.TopicReader;

/**
 * The contract the other services rely on: the events ReceivableAccount really publishes, read the one way they
 * read them ({@link OpenAmountChange}), give every invoice the open amount the ledger itself shows, and each keeps
 * the published contract that consumers check ({@link EventContract}). Collections, credit, invoicing and
 * reporting build their test events by hand; this is where those shapes are held to the producer.
 */
@QuarkusTest
class OpenAmountContractTest {
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void theOpenAmountsReadFromThePublishedEventsAreTheLedgersOwn() throws Exception {
        UUID customer;
        InvoiceIssued first;
        InvoiceIssued second;
        try (Receivables ledger = new Receivables(kafka)) {
            customer = ledger.customer("OA01", "EUR");
            first = ledger.invoice(customer, "OA01", "EUR", "300.00");
            second = ledger.invoice(customer, "OA01", "EUR", "200.00");
            ledger.creditNote(first, "50.00");
        }
        UUID accountId = accountOf(customer, "EUR");
        String paying = pay(customer, "100.00", "EUR", "part").getString("paymentId");
        allocate(paying, first.invoiceId(), "100.00").then().statusCode(200);
        String settling = pay(customer, "200.00", "EUR", "all of the second").getString("paymentId");
        allocate(settling, second.invoiceId(), "200.00").then().statusCode(200);
        io.restassured.RestAssured.given().header("Authorization", Receivables.CLERK).contentType(ContentType.JSON)
                .body("{\"reason\": \"insufficient funds\", \"returnedOn\": \"" + java.time.LocalDate.now() + "\"}")
                .post("/api/v1/payments/" + settling + "/reversal").then().statusCode(200);

        // open items 2, credit note 1, payments 2 with an application each, settled 1, returned 1
        List<TopicReader.Message> published = accountEvents(accountId, 9);
        Map<UUID, BigDecimal> open = new HashMap<>();
        for (TopicReader.Message message : published) {
            Class<? extends PublishedEvent> type = EventCatalog.classFor(message.header("ce_type")).orElseThrow();
            PublishedEvent event = JSON.readValue(message.value(), type);
            assertThat(EventContract.violations(event)).as(message.header("ce_type")).isEmpty();
            OpenAmountChange.of(event).forEach(change -> open.put(change.invoiceId(), change.openAmount()));
        }

        assertThat(open.get(first.invoiceId())).isEqualByComparingTo("150.00");
        assertThat(open.get(second.invoiceId())).isEqualByComparingTo("200.00"); // reopened by the return
        List<Map<String, Object>> shown = account(customer).getList("accounts[0].openItems.items");
        for (Map<String, Object> item : shown) {
            assertThat(open.get(UUID.fromString((String) item.get("invoiceId"))))
                    .as("invoice %s", item.get("invoiceNumber"))
                    .isEqualByComparingTo(new BigDecimal((String) item.get("openAmount")));
        }
        assertThat(shown).hasSize(2);
    }

    private List<TopicReader.Message> accountEvents(UUID accountId, int count) {
        try (TopicReader reader = new TopicReader(kafka, "o2c.payments.events")) {
            List<TopicReader.Message> mine = reader.readUntil(seen -> seen.stream()
                            .filter(m -> accountId.toString().equals(m.key())).count() >= count, Duration.ofSeconds(30))
                    .stream().filter(m -> accountId.toString().equals(m.key()))
                    .sorted(Comparator.comparingLong(TopicReader.Message::offset)).toList();
            assertThat(mine).hasSizeGreaterThanOrEqualTo(count);
            return mine;
        }
    }
}
