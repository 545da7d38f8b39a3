package org.o2c.invoicing.creditnote;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.MANAGER;
import static org.o2c.invoicing.Fixtures.freshLegalEntity;
import static org.o2c.invoicing.Fixtures.issueInvoice;
import static org.o2c.invoicing.Fixtures.kegsAndDepositJson;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.CreditNoteIssued;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class CreditNoteResourceTest {

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void creditNotesAreNumberedInTheirOwnSeriesShownOnTheInvoiceAndPublishedAfterIt() throws Exception {
        String entity = freshLegalEntity("CR");
        UUID invoice = issueInvoice(kegsAndDepositJson(registerCustomer(entity, "EUR", 30), "2026-03-10"));

        // one keg of three: 33.33 net, 19 % tax 6.3327 -> 6.33
        String byLine = given().header("Authorization", MANAGER).contentType(ContentType.JSON)
                .body("""
                        {"reason": "1 keg returned damaged", "issueDate": "2026-03-20",
                         "lines": [{"lineNumber": 1, "quantity": "1"}]}""")
                .post("/api/v1/invoices/" + invoice + "/credit-notes")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/credit-notes/"))
                .body("keySet()", containsInAnyOrder(fieldsOf(CreditNoteView.class)))
                .body("creditNoteNumber", equalTo("CN-2026-000001"))
                .body("invoiceId", equalTo(invoice.toString()))
                .body("invoiceNumber", equalTo("INV-2026-000001"))
                .body("issueDate", equalTo("2026-03-20"))
                .body("reason", equalTo("1 keg returned damaged"))
                .body("lines", hasSize(1))
                .body("lines[0].lineNumber", equalTo(1))
                .body("lines[0].quantity", equalTo("1"))
                .body("lines[0].netAmount", equalTo("33.33"))
                .body("taxSubtotals", hasSize(1))
                .body("taxSubtotals[0].taxRate", equalTo("19.00"))
                .body("taxSubtotals[0].taxableAmount", equalTo("33.33"))
                .body("taxSubtotals[0].taxAmount", equalTo("6.33"))
                .body("netAmount", equalTo("33.33"))
                .body("taxAmount", equalTo("6.33"))
                .body("grossAmount", equalTo("39.66"))
                .extract().path("id");

        given().header("Authorization", TestTokens.bearer("aud", "auditor")).get("/api/v1/credit-notes/" + byLine)
                .then().statusCode(200).body("grossAmount", equalTo("39.66"))
                .body("creditNoteNumber", equalTo("CN-2026-000001"));
        given().header("Authorization", CLERK).get("/api/v1/invoices/" + invoice)
                .then().statusCode(200)
                .body("creditNotes", hasSize(1))
                .body("creditNotes[0].id", equalTo(byLine))
                .body("creditNotes[0].creditNoteNumber", equalTo("CN-2026-000001"))
                .body("creditNotes[0].grossAmount", equalTo("39.66"))
                .body("creditedAmount", equalTo("39.66"))
                .body("creditableAmount", equalTo("109.33"));

        // the rest by amount: 109.33 split over 19 % (79.33 left) and 0 % (30.00 left)
        String byAmount = given().header("Authorization", TestTokens.bearer("erp", "integration"))
                .contentType(ContentType.JSON)
                .body("""
                        {"reason": "order cancelled", "issueDate": "2026-03-21", "amount": "109.33"}""")
                .post("/api/v1/invoices/" + invoice + "/credit-notes")
                .then().statusCode(201)
                .body("creditNoteNumber", equalTo("CN-2026-000002"))
                .body("lines", hasSize(0))
                .body("grossAmount", equalTo("109.33"))
                .body("netAmount", equalTo("96.66"))
                .body("taxAmount", equalTo("12.67"))
                .body("taxSubtotals.taxRate", org.hamcrest.Matchers.contains("0.00", "19.00"))
                .body("taxSubtotals.taxableAmount", org.hamcrest.Matchers.contains("30.00", "66.66"))
                .body("taxSubtotals.taxAmount", org.hamcrest.Matchers.contains("0.00", "12.67"))
                .extract().path("id");
        given().header("Authorization", CLERK).get("/api/v1/invoices/" + invoice)
                .then().body("creditNotes.creditNoteNumber", org.hamcrest.Matchers.contains("CN-2026-000001",
                        "CN-2026-000002"))
                .body("creditedAmount", equalTo("148.99"))
                .body("creditableAmount", equalTo("0.00"));

        try (TopicReader reader = new TopicReader(kafka, "o2c.invoicing.events")) {
            List<TopicReader.Message> ofInvoice = reader.readUntil(seen -> seen.stream()
                            .filter(m -> invoice.toString().equals(m.key())).count() == 3, Duration.ofSeconds(30))
                    .stream().filter(m -> invoice.toString().equals(m.key())).toList();
            assertThat(ofInvoice).extracting(m -> m.header("ce_type"))
                    .as("credit notes follow their invoice under its key")
                    .containsExactly("InvoiceIssued.v1", "CreditNoteIssued.v1", "CreditNoteIssued.v1");
            assertThat(ofInvoice).extracting(TopicReader.Message::partition).containsOnly(ofInvoice.get(0).partition());
            TopicReader.Message first = ofInvoice.get(1);
            assertThat(first.header("ce_legalentity")).isEqualTo(entity);
            assertThat(first.header("ce_actinguser")).isEqualTo("max.manager");
            JsonNode value = new ObjectMapper().readTree(first.value());
            List<String> published = new ArrayList<>();
            value.fieldNames().forEachRemaining(published::add);
            assertThat(published).as("the value carries exactly the contract's fields")
                    .containsExactlyInAnyOrder(fieldsOf(CreditNoteIssued.class));
            assertThat(value.get("creditNoteId").asText()).isEqualTo(byLine);
            assertThat(value.get("creditNoteNumber").asText()).isEqualTo("CN-2026-000001");
            assertThat(value.get("invoiceId").asText()).isEqualTo(invoice.toString());
            assertThat(value.get("grossAmount").asText()).isEqualTo("39.66");
            assertThat(value.get("reason").asText()).isEqualTo("1 keg returned damaged");
            assertThat(value.get("lines").get(0).get("lineNumber").asInt()).isEqualTo(1);
            JsonNode second = new ObjectMapper().readTree(ofInvoice.get(2).value());
            assertThat(second.get("creditNoteId").asText()).isEqualTo(byAmount);
            assertThat(second.get("lines")).isEmpty();
            assertThat(second.get("grossAmount").asText()).isEqualTo("109.33");
        }
    }

    @Test
    void aRepeatedRequestWithTheSameKeyReturnsTheFirstCreditNoteAndIssuesNoSecond() {
        UUID invoice = issueInvoice(kegsAndDepositJson(registerCustomer(freshLegalEntity("CI"), "EUR", 30),
                "2026-03-10"));
        String key = "erp-return-" + UUID.randomUUID();
        String body = """
                {"reason": "goodwill", "issueDate": "2026-03-20", "amount": "10.00"}""";
        String first = given().header("Authorization", CLERK).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/invoices/" + invoice + "/credit-notes")
                .then().statusCode(201).extract().asString();
        String again = given().header("Authorization", CLERK).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/invoices/" + invoice + "/credit-notes")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(again).isEqualTo(first);
        given().header("Authorization", CLERK).get("/api/v1/invoices/" + invoice)
                .then().body("creditNotes", hasSize(1)).body("creditedAmount", equalTo("10.00"));

        given().header("Authorization", CLERK).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body.replace("10.00", "11.00")).post("/api/v1/invoices/" + invoice + "/credit-notes")
                .then().statusCode(422).body("type", equalTo("urn:o2c:problem:idempotency-key-reused"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON).body(body)
                .post("/api/v1/invoices/" + invoice + "/credit-notes")
                .then().statusCode(201).body("creditNoteNumber", equalTo("CN-2026-000002"));
    }

    @Test
    void aLegalEntityThatRoundsTaxPerDocumentCreditsLinesTheSameWay() {
        // PD01 rounds per document: three lines of 0.10 at 15 % carry 0.05 tax (0.045), per line it would be 0.06
        UUID invoice = issueInvoice("""
                {"customerId": "%s", "issueDate": "2026-03-01", "lines": [
                  {"description": "a", "quantity": "1", "unitPrice": "0.10", "taxRate": "15"},
                  {"description": "b", "quantity": "1", "unitPrice": "0.10", "taxRate": "15"},
                  {"description": "c", "quantity": "1", "unitPrice": "0.10", "taxRate": "15"}]}"""
                .formatted(registerCustomer("PD01", "EUR", 30)));
        String twoLines = """
                {"reason": "returned", "issueDate": "2026-03-02",
                 "lines": [{"lineNumber": 1, "quantity": "1"}, {"lineNumber": 2, "quantity": "1"}]}""";
        given().header("Authorization", CLERK).contentType(ContentType.JSON).body(twoLines)
                .post("/api/v1/invoices/" + invoice + "/credit-notes")
                .then().statusCode(201).body("taxAmount", equalTo("0.03")).body("grossAmount", equalTo("0.23"));
        // the last line takes the tax that is left: 0.05 - 0.03
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("""
                        {"reason": "returned", "issueDate": "2026-03-02", "lines": [{"lineNumber": 3, "quantity": "1"}]}""")
                .post("/api/v1/invoices/" + invoice + "/credit-notes")
                .then().statusCode(201).body("taxAmount", equalTo("0.02")).body("grossAmount", equalTo("0.12"));
        given().header("Authorization", CLERK).get("/api/v1/invoices/" + invoice)
                .then().body("creditedAmount", equalTo("0.35")).body("creditableAmount", equalTo("0.00"));
    }

    @Test
    void concurrentCreditNotesNeverTogetherCreditMoreThanTheInvoice() {
        UUID invoice = issueInvoice(kegsAndDepositJson(registerCustomer(freshLegalEntity("CC"), "EUR", 30),
                "2026-03-10"));
        String body = """
                {"reason": "goodwill", "issueDate": "2026-03-20", "amount": "40.00"}""";
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Integer> statuses;
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> given().header("Authorization", CLERK)
                        .contentType(ContentType.JSON).body(body).post("/api/v1/invoices/" + invoice + "/credit-notes")
                        .then().extract().statusCode(), pool));
            }
            statuses = answers.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
        // 148.99 holds three credits of 40.00; the others are refused, whatever the interleaving
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 422 || s == 409);
        given().header("Authorization", CLERK).get("/api/v1/invoices/" + invoice)
                .then().body("creditedAmount", equalTo("120.00")).body("creditableAmount", equalTo("28.99"))
                .body("creditNotes.creditNoteNumber", containsInAnyOrder("CN-2026-000001", "CN-2026-000002",
                        "CN-2026-000003"));
    }

    static String[] fieldsOf(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
    }
}
