package org.o2c.payables.supplierpayment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.o2c.payables.Fixtures.APPROVER;
import static org.o2c.payables.Fixtures.APPROVER_USER;
import static org.o2c.payables.Fixtures.AUDITOR;
import static org.o2c.payables.Fixtures.approvedInvoice;
import static org.o2c.payables.Fixtures.fieldsOf;
import static org.o2c.payables.Fixtures.paymentJson;
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
import org.o2c.events.payables.SupplierPaymentItem;
import org.o2c.events.payables.SupplierPaymentMade;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class SupplierPaymentResourceTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void aPaymentPaysOneInvoiceInFullAndAnotherInPartAndIsPublishedWithOpenAmountsAfter() throws Exception {
        UUID supplier = registerSupplier("DE01", "EUR", 30);
        UUID full = approvedInvoice(supplier, "EUR", "1190.00");
        UUID part = approvedInvoice(supplier, "EUR", "1000.00");

        String id = pay(paymentJson(supplier, full, "1190.00", part, "400"))
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/supplier-payments/"))
                .body("amount", equalTo("1590.00"))
                .body("currency", equalTo("EUR"))
                .body("legalEntity", equalTo("DE01"))
                .body("madeBy", equalTo(APPROVER_USER))
                .body("items", hasSize(2))
                .body("items[0].openAmount", equalTo("0.00"))
                .body("items[1].amount", equalTo("400.00"))
                .body("items[1].openAmount", equalTo("600.00"))
                .body("keySet()", containsInAnyOrder(fieldsOf(SupplierPaymentView.class)))
                .extract().path("id");

        given().header("Authorization", AUDITOR).get("/api/v1/supplier-invoices/" + full)
                .then().statusCode(200)
                .body("status", equalTo("PAID"))
                .body("openAmount", equalTo("0.00"))
                .body("paidAmount", equalTo("1190.00"))
                .body("payments[0].supplierPaymentId", equalTo(id));
        given().header("Authorization", AUDITOR).get("/api/v1/supplier-invoices/" + part)
                .then().statusCode(200)
                .body("status", equalTo("PARTIALLY_PAID"))
                .body("openAmount", equalTo("600.00"))
                .body("payments[0].openAmount", equalTo("600.00"));
        given().header("Authorization", AUDITOR).get("/api/v1/supplier-payments/" + id)
                .then().statusCode(200).body("amount", equalTo("1590.00"));

        try (TopicReader reader = new TopicReader(kafka, "o2c.payables.events")) {
            TopicReader.Message made = reader.readUntil(seen -> seen.stream().anyMatch(m -> id.equals(m.key())),
                            Duration.ofSeconds(20))
                    .stream().filter(m -> id.equals(m.key())).findFirst().orElseThrow();
            assertThat(made.header("ce_type")).isEqualTo("SupplierPaymentMade.v1");
            assertThat(made.header("ce_subject")).isEqualTo(id);
            assertThat(made.header("ce_legalentity")).isEqualTo("DE01");
            assertThat(made.header("ce_actinguser")).isEqualTo(APPROVER_USER);
            JsonNode value = new ObjectMapper().readTree(made.value());
            List<String> fields = new ArrayList<>();
            value.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder(fieldsOf(SupplierPaymentMade.class));
            assertThat(value.get("amount").asText()).isEqualTo("1590.00");
            assertThat(value.get("supplierId").asText()).isEqualTo(supplier.toString());
            JsonNode second = value.get("items").get(1);
            List<String> itemFields = new ArrayList<>();
            second.fieldNames().forEachRemaining(itemFields::add);
            assertThat(itemFields).containsExactlyInAnyOrder(fieldsOf(SupplierPaymentItem.class));
            assertThat(second.get("supplierInvoiceId").asText()).isEqualTo(part.toString());
            assertThat(second.get("amount").asText()).isEqualTo("400.00");
            assertThat(second.get("openAmount").asText()).isEqualTo("600.00");
            assertThat(reader.readUntil(seen -> false, Duration.ofMillis(500)).stream()
                    .filter(m -> m.header("ce_type").startsWith("SupplierInvoicePaid")))
                    .as("the invoice's internal payment events stay inside payables").isEmpty();
        }
    }

    @Test
    void aPartlyPaidInvoiceIsPaidOffLaterAndItsPaymentsAreListedInOrder() {
        UUID supplier = registerSupplier("DE01", "EUR", 30);
        UUID invoice = approvedInvoice(supplier, "EUR", "300.00");
        String first = pay(paymentJson(supplier, invoice, "100.00")).then().statusCode(201).extract().path("id");
        String second = pay(paymentJson(supplier, invoice, "200.00")).then().statusCode(201)
                .body("items[0].openAmount", equalTo("0.00")).extract().path("id");

        given().header("Authorization", AUDITOR).get("/api/v1/supplier-invoices/" + invoice)
                .then().body("status", equalTo("PAID"))
                .body("payments.supplierPaymentId", org.hamcrest.Matchers.contains(first, second))
                .body("payments.openAmount", org.hamcrest.Matchers.contains("200.00", "0.00"));
        given().header("Authorization", AUDITOR).queryParam("supplierId", supplier.toString())
                .get("/api/v1/supplier-payments")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.id", containsInAnyOrder(first, second));
        given().header("Authorization", AUDITOR).queryParam("supplierId", supplier.toString())
                .queryParam("status", "PAID").get("/api/v1/supplier-invoices")
                .then().body("totalItems", equalTo(1));
    }

    private static io.restassured.response.Response pay(String body) {
        return given().header("Authorization", APPROVER).contentType(ContentType.JSON).body(body)
                .post("/api/v1/supplier-payments");
    }
}
