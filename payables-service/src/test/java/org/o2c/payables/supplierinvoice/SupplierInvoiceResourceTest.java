package org.o2c.payables.supplierinvoice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.o2c.payables.Fixtures.APPROVER;
import static org.o2c.payables.Fixtures.APPROVER_USER;
import static org.o2c.payables.Fixtures.AUDITOR;
import static org.o2c.payables.Fixtures.CLERK;
import static org.o2c.payables.Fixtures.CLERK_USER;
import static org.o2c.payables.Fixtures.approve;
import static org.o2c.payables.Fixtures.fieldsOf;
import static org.o2c.payables.Fixtures.invoiceJson;
import static org.o2c.payables.Fixtures.registerInvoice;
import static org.o2c.payables.Fixtures.registerSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.payables.SupplierInvoiceApproved;
import org.o2c.events.payables.SupplierInvoiceRegistered;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class SupplierInvoiceResourceTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void aRegisteredInvoiceIsDueOnTheSuppliersTermsAndPublishedWithTheRegisteringUser() throws Exception {
        UUID supplier = registerSupplier("DE01", "EUR", 30);
        String id = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(invoiceJson(supplier, " re-2026-0815 ", "EUR", "1000.00", "190.00", "1190.00"))
                .post("/api/v1/supplier-invoices")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/supplier-invoices/"))
                .body("supplierInvoiceNumber", equalTo("re-2026-0815"))
                .body("dueDate", equalTo("2026-12-02"))
                .body("legalEntity", equalTo("DE01"))
                .body("grossAmount", equalTo("1190.00"))
                .body("openAmount", equalTo("1190.00"))
                .body("paidAmount", equalTo("0.00"))
                .body("status", equalTo("REGISTERED"))
                .body("registeredBy", equalTo(CLERK_USER))
                .body("approvedBy", nullValue())
                .body("payments", empty())
                .body("keySet()", containsInAnyOrder(fieldsOf(SupplierInvoiceView.class)))
                .extract().path("id");

        JsonNode value = published(id, "SupplierInvoiceRegistered.v1", CLERK_USER, SupplierInvoiceRegistered.class);
        assertThat(value.get("registeredBy").asText()).isEqualTo(CLERK_USER);
        assertThat(value.get("grossAmount").asText()).isEqualTo("1190.00");
        assertThat(value.get("dueDate").asText()).isEqualTo("2026-12-02");
        assertThat(value.get("supplierId").asText()).isEqualTo(supplier.toString());
    }

    @Test
    void anExplicitDueDateIsKept() {
        UUID supplier = registerSupplier("DE01", "EUR", 30);
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("""
                        {"supplierId": "%s", "supplierInvoiceNumber": "RE-%s", "invoiceDate": "2026-11-02",
                         "dueDate": "2026-11-16", "currency": "EUR",
                         "netAmount": "10", "taxAmount": "0", "grossAmount": "10"}""".formatted(supplier, UUID.randomUUID()))
                .post("/api/v1/supplier-invoices")
                .then().statusCode(201)
                .body("dueDate", equalTo("2026-11-16"))
                .body("grossAmount", equalTo("10.00"));
    }

    @Test
    void anotherUserApprovesTheInvoiceForItsGrossAmount() throws Exception {
        UUID supplier = registerSupplier("DE01", "EUR", 30);
        UUID id = registerInvoice(supplier, "EUR", "250.00");

        String key = "approval-" + id;
        String first = given().header("Authorization", APPROVER).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body("{}")
                .post("/api/v1/supplier-invoices/" + id + "/approval")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approvedBy", equalTo(APPROVER_USER))
                .body("openAmount", equalTo("250.00"))
                .extract().asString();
        String retried = given().header("Authorization", APPROVER).header("Idempotency-Key", key)
                .post("/api/v1/supplier-invoices/" + id + "/approval")
                .then().statusCode(200).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(retried).isEqualTo(first);

        JsonNode value = published(id.toString(), "SupplierInvoiceApproved.v1", APPROVER_USER,
                SupplierInvoiceApproved.class);
        assertThat(value.get("approvedBy").asText()).isEqualTo(APPROVER_USER);
        assertThat(value.get("approvedAmount").asText()).isEqualTo("250.00");
    }

    @Test
    void invoicesAreListedBySupplierAndStatusEarliestDueFirst() {
        UUID supplier = registerSupplier("DE01", "EUR", 30);
        UUID other = registerSupplier("DE01", "EUR", 30);
        UUID registered = registerInvoice(supplier, "EUR", "10.00");
        UUID approved = registerInvoice(supplier, "EUR", "20.00");
        approve(approved);
        registerInvoice(other, "EUR", "30.00");

        given().header("Authorization", AUDITOR).queryParam("supplierId", supplier.toString())
                .get("/api/v1/supplier-invoices")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", containsInAnyOrder(registered.toString(), approved.toString()));
        given().header("Authorization", AUDITOR).queryParam("supplierId", supplier.toString())
                .queryParam("status", "APPROVED")
                .get("/api/v1/supplier-invoices")
                .then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].id", equalTo(approved.toString()))
                .body("items[0].approvedBy", equalTo(APPROVER_USER));
        given().header("Authorization", AUDITOR).queryParam("status", "OPEN")
                .get("/api/v1/supplier-invoices")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    /** The record of this aggregate on o2c.payables.events, checked like an operator would, and its value. */
    private JsonNode published(String key, String type, String actingUser, Class<? extends Record> contract)
            throws Exception {
        try (TopicReader reader = new TopicReader(kafka, "o2c.payables.events")) {
            TopicReader.Message message = reader.readUntil(seen -> seen.stream().anyMatch(m -> key.equals(m.key())
                            && type.equals(m.header("ce_type"))), Duration.ofSeconds(20))
                    .stream().filter(m -> key.equals(m.key()) && type.equals(m.header("ce_type")))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + type + " keyed " + key));
            assertThat(message.header("ce_subject")).isEqualTo(key);
            assertThat(message.header("ce_source")).isEqualTo("/o2c/payables");
            assertThat(message.header("ce_legalentity")).isEqualTo("DE01");
            assertThat(message.header("ce_actinguser")).isEqualTo(actingUser);
            assertThat(message.header("ce_correlationid")).isNotBlank();
            JsonNode value = new ObjectMapper().readTree(message.value());
            List<String> fields = new ArrayList<>();
            value.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder(fieldsOf(contract));
            return value;
        }
    }
}
