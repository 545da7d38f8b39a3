package org.o2c.invoicing.invoice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.freshLegalEntity;
import static org.o2c.invoicing.Fixtures.invoiceJson;
import static org.o2c.invoicing.Fixtures.issueInvoice;
import static org.o2c.invoicing.Fixtures.kegsAndDepositJson;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.testing.kafka.TopicReader;

/** POST /api/v1/invoice-batches: many invoices in one transaction, all or nothing, each published on its own. */
@QuarkusTest
class InvoiceBatchResourceTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    @Test
    void issuesEveryInvoiceNumberedInRequestOrderPerLegalEntityAndPublishesEach() {
        String first = freshLegalEntity("BA");
        String second = freshLegalEntity("BB");
        UUID a = registerCustomer(first, "EUR", 30);
        UUID b = registerCustomer(second, "EUR", 14);

        List<String> ids = batch(null, kegsAndDepositJson(a, "2026-03-10"), invoiceJson(b, "2026-03-11", "2", "10", "19"),
                invoiceJson(a, "2026-03-12", "1", "100", "7"))
                .then().statusCode(201)
                .body("invoices.size()", equalTo(3))
                .body("invoices[0].invoiceNumber", equalTo("INV-2026-000001"))
                .body("invoices[0].customerId", equalTo(a.toString()))
                .body("invoices[0].grossAmount", equalTo("148.99"))
                .body("invoices[0].dueDate", equalTo("2026-04-09"))
                .body("invoices[1].invoiceNumber", equalTo("INV-2026-000001"))
                .body("invoices[1].customerId", equalTo(b.toString()))
                .body("invoices[1].grossAmount", equalTo("23.80"))
                .body("invoices[1].dueDate", equalTo("2026-03-25"))
                .body("invoices[2].invoiceNumber", equalTo("INV-2026-000002"))
                .body("invoices[2].grossAmount", equalTo("107.00"))
                .extract().path("invoices.id");

        for (String id : ids) {
            given().header("Authorization", CLERK).get("/api/v1/invoices/" + id).then().statusCode(200);
        }
        // the series go on where the batch left them
        String next = given().header("Authorization", CLERK).get("/api/v1/invoices/"
                + issueInvoice(invoiceJson(a, "2026-03-13", "1", "1", "0"))).then().extract().path("invoiceNumber");
        assertThat(next).isEqualTo("INV-2026-000003");

        try (TopicReader reader = new TopicReader(kafka, "o2c.invoicing.events")) {
            List<TopicReader.Message> published = reader.readUntil(
                    seen -> keys(seen).containsAll(ids), Duration.ofSeconds(20));
            assertThat(published.stream().filter(m -> ids.contains(m.key())))
                    .as("one InvoiceIssued per invoice of the batch")
                    .hasSize(3)
                    .allSatisfy(m -> {
                        assertThat(m.header("ce_type")).isEqualTo("InvoiceIssued.v1");
                        assertThat(m.header("ce_actinguser")).isEqualTo("clara.clerk");
                    });
        }
    }

    @Test
    void oneInvoiceBreakingABusinessRuleRefusesTheWholeBatchNamingItAndUsesNoNumber() throws SQLException {
        String entity = freshLegalEntity("BC");
        UUID customer = registerCustomer(entity, "EUR", 30);

        batch(null, invoiceJson(customer, "2026-03-10", "1", "10", "19"),
                invoiceJson(customer, "2026-03-10", "1", "20", "19"),
                """
                {"customerId": "%s", "issueDate": "2026-03-10", "currency": "USD",
                 "lines": [{"description": "x", "quantity": "1", "unitPrice": "1", "taxRate": "0"}]}"""
                        .formatted(customer))
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("invoices[2].currency"))
                .body("violations[0].rule", equalTo("customer-currency"));

        assertNothingIssuedFor(customer);
        String number = given().header("Authorization", CLERK).get("/api/v1/invoices/"
                + issueInvoice(invoiceJson(customer, "2026-03-11", "1", "1", "0"))).then().extract().path("invoiceNumber");
        assertThat(number).as("the refused batch gave its numbers back").isEqualTo("INV-2026-000001");
    }

    @Test
    void unknownCustomerAndInvalidLinesAreNamedWithTheirInvoice() throws SQLException {
        UUID customer = registerCustomer(freshLegalEntity("BD"), "EUR", 30);
        UUID unknown = UUID.randomUUID();

        batch(null, invoiceJson(customer, "2026-03-10", "1", "10", "19"), invoiceJson(unknown, "2026-03-10", "1", "10", "19"))
                .then().statusCode(422)
                .body("violations[0].field", equalTo("invoices[1].customerId"))
                .body("violations[0].rule", equalTo("exists"));
        batch(null, invoiceJson(customer, "2026-03-10", "1", "10", "19"), invoiceJson(customer, "2026-03-10", "0", "10", "19"))
                .then().statusCode(400)
                .body("violations.field", hasItem("invoices[1].lines[0].quantity"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON).body("{\"invoices\": []}")
                .post("/api/v1/invoice-batches")
                .then().statusCode(400).body("violations[0].field", equalTo("invoices"));
        String tooMany = "{\"invoices\": [" + String.join(",", Collections.nCopies(IssueInvoiceBatchRequest.MAX_INVOICES + 1,
                invoiceJson(customer, "2026-03-10", "1", "10", "19"))) + "]}";
        given().header("Authorization", CLERK).contentType(ContentType.JSON).body(tooMany)
                .post("/api/v1/invoice-batches")
                .then().statusCode(400).body("violations[0].field", equalTo("invoices"));

        assertNothingIssuedFor(customer);
    }

    @Test
    void aRetriedBatchWithTheSameIdempotencyKeyTakesEffectOnce() throws SQLException {
        UUID customer = registerCustomer(freshLegalEntity("BE"), "EUR", 30);
        String key = "billing-run-" + UUID.randomUUID();
        String[] invoices = {invoiceJson(customer, "2026-03-10", "1", "10", "19"),
                invoiceJson(customer, "2026-03-10", "2", "10", "19")};

        List<String> issued = batch(key, invoices).then().statusCode(201).extract().path("invoices.id");
        List<String> retried = batch(key, invoices).then().statusCode(201).extract().path("invoices.id");

        assertThat(retried).isEqualTo(issued);
        assertThat(invoicesOf(customer)).isEqualTo(2);
    }

    private static Response batch(String idempotencyKey, String... invoices) {
        var request = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"invoices\": [" + String.join(",", invoices) + "]}");
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/invoice-batches");
    }

    private static Set<String> keys(List<TopicReader.Message> messages) {
        return messages.stream().map(TopicReader.Message::key).collect(Collectors.toSet());
    }

    private void assertNothingIssuedFor(UUID customer) throws SQLException {
        assertThat(invoicesOf(customer)).as("invoices of " + customer).isZero();
        try (Connection c = dataSource.getConnection(); PreparedStatement events = c.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE payloadtype = 'InvoiceIssued.v1' "
                        + "AND convert_from(payload, 'UTF8') LIKE ?")) {
            events.setString(1, "%\"customerId\":\"" + customer + "\"%");
            try (ResultSet rs = events.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("InvoiceIssued events of " + customer).isZero();
            }
        }
    }

    private int invoicesOf(UUID customer) {
        return given().header("Authorization", CLERK).queryParam("customerId", customer.toString())
                .get("/api/v1/invoices").then().statusCode(200).extract().path("totalItems");
    }
}
