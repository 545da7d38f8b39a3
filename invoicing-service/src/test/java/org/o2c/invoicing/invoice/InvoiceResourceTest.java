package org.o2c.invoicing.invoice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.invoiceJson;
import static org.o2c.invoicing.Fixtures.registerCustomer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.invoicing.InvoiceIssued;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class InvoiceResourceTest {

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void issuedInvoiceHasComputedAmountsDueDateFromTermsAndIsPublishedOnKafka() throws Exception {
        UUID customer = registerCustomer("DE01", "EUR", 30);

        String id = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("""
                        {"customerId": "%s", "issueDate": "2026-03-10",
                         "lines": [
                           {"description": "Pilsner keg 50 l", "quantity": "3", "unitPrice": "33.33", "taxRate": "19"},
                           {"description": "Deposit", "quantity": "1", "unitPrice": "30", "taxRate": "0"}]}"""
                        .formatted(customer))
                .post("/api/v1/invoices")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/invoices/"))
                .body("invoiceNumber", startsWith("INV-2026-"))
                .body("dueDate", equalTo("2026-04-09"))
                .body("currency", equalTo("EUR"))
                .body("netAmount", equalTo("129.99"))
                .body("taxAmount", equalTo("19.00"))
                .body("grossAmount", equalTo("148.99"))
                .body("lines[0].netAmount", equalTo("99.99"))
                .body("keySet()", containsInAnyOrder(fieldsOf(InvoiceView.class)))
                .extract().path("id");

        given().header("Authorization", TestTokens.bearer("aud", "auditor"))
                .get("/api/v1/invoices/" + id)
                .then().statusCode(200).body("grossAmount", equalTo("148.99"));

        try (TopicReader reader = new TopicReader(kafka, "o2c.invoicing.events")) {
            List<TopicReader.Message> messages = reader.readUntil(
                    seen -> seen.stream().anyMatch(m -> id.equals(m.key())), Duration.ofSeconds(20));
            TopicReader.Message issued = messages.stream().filter(m -> id.equals(m.key())).findFirst().orElseThrow();
            assertThat(issued.header("ce_type")).isEqualTo("InvoiceIssued.v1");
            assertThat(issued.header("ce_source")).isEqualTo("/o2c/invoicing");
            assertThat(issued.header("ce_subject")).isEqualTo(id);
            assertThat(issued.header("ce_legalentity")).isEqualTo("DE01");
            assertThat(issued.header("ce_actinguser")).isEqualTo("clara.clerk");
            assertThat(issued.header("ce_correlationid")).isNotBlank();
            JsonNode value = new ObjectMapper().readTree(issued.value());
            List<String> published = new java.util.ArrayList<>();
            value.fieldNames().forEachRemaining(published::add);
            assertThat(published).as("the value carries exactly the contract's fields")
                    .containsExactlyInAnyOrder(fieldsOf(InvoiceIssued.class));
            assertThat(value.get("grossAmount").asText()).isEqualTo("148.99");
            assertThat(value.get("customerId").asText()).isEqualTo(customer.toString());
        }
    }

    @Test
    void anEarlyPaymentDiscountIsFixedAtIssuePerTaxRateAndNeverOutlastsTheDueDate() throws Exception {
        UUID customer = registerCustomer("DE01", "EUR", 30);
        String id = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("""
                        {"customerId": "%s", "issueDate": "2026-03-10",
                         "lines": [
                           {"description": "Pilsner keg 50 l", "quantity": "3", "unitPrice": "33.33", "taxRate": "19"},
                           {"description": "Deposit", "quantity": "1", "unitPrice": "30", "taxRate": "0"}],
                         "earlyPaymentDiscount": {"percent": "2", "days": 10}}""".formatted(customer))
                .post("/api/v1/invoices")
                .then().statusCode(201)
                .body("grossAmount", equalTo("148.99"))
                // 2 % of 99.99 is 2.00, of its tax 19.00 0.38, of the deposit 30.00 0.60: 2.98
                .body("earlyPaymentDiscount.percent", equalTo("2.00"))
                .body("earlyPaymentDiscount.payBy", equalTo("2026-03-20"))
                .body("earlyPaymentDiscount.amount", equalTo("2.98"))
                .extract().path("id");
        try (TopicReader reader = new TopicReader(kafka, "o2c.invoicing.events")) {
            TopicReader.Message issued = reader.readUntil(seen -> seen.stream().anyMatch(m -> id.equals(m.key())),
                    Duration.ofSeconds(20)).stream().filter(m -> id.equals(m.key())).findFirst().orElseThrow();
            JsonNode discount = new ObjectMapper().readTree(issued.value()).get("earlyPaymentDiscount");
            assertThat(discount.get("amount").asText()).isEqualTo("2.98");
            assertThat(discount.get("shares").toString()).contains("\"taxableAmount\":\"2.00\"",
                    "\"taxAmount\":\"0.38\"", "\"taxableAmount\":\"0.60\"");
        }
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("""
                        {"customerId": "%s", "issueDate": "2026-03-10",
                         "lines": [{"description": "Keg", "quantity": "1", "unitPrice": "100", "taxRate": "19"}],
                         "earlyPaymentDiscount": {"percent": "2", "days": 31}}""".formatted(customer))
                .post("/api/v1/invoices")
                .then().statusCode(422)
                .body("violations[0].field", equalTo("earlyPaymentDiscount.days"))
                .body("violations[0].rule", equalTo("not-after-due-date"));
    }

    private static String[] fieldsOf(Class<? extends Record> type) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName)
                .toArray(String[]::new);
    }

    @Test
    void invoicesAreListedByCustomer() {
        UUID customer = registerCustomer("DE01", "EUR", 14);
        UUID other = registerCustomer("DE01", "EUR", 14);
        for (String date : List.of("2026-01-05", "2026-02-05")) {
            given().header("Authorization", CLERK).contentType(ContentType.JSON)
                    .body(invoiceJson(customer, date, "1", "10", "19")).post("/api/v1/invoices").then().statusCode(201);
        }
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(other, "2026-02-01", "1", "10", "19")).post("/api/v1/invoices").then().statusCode(201);

        given().header("Authorization", CLERK).queryParam("customerId", customer)
                .get("/api/v1/invoices")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].issueDate", equalTo("2026-02-05"))
                .body("items.customerId", hasItem(customer.toString()));
    }
}
