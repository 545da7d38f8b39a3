package org.o2c.payables.supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.o2c.payables.Fixtures.AUDITOR;
import static org.o2c.payables.Fixtures.CLERK;
import static org.o2c.payables.Fixtures.fieldsOf;
import static org.o2c.payables.Fixtures.registerSupplier;
import static org.o2c.payables.Fixtures.storedEvents;
import static org.o2c.payables.Fixtures.supplierJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.events.payables.SupplierRegistered;
import org.o2c.payables.Fixtures;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class SupplierResourceTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    @Test
    void aRegisteredSupplierIsReadableAndPublishedOnKafka() throws Exception {
        String name = "Hopfenkontor " + UUID.randomUUID();
        String id = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body(supplierJson(name, "DE01", "EUR", 45))
                .post("/api/v1/suppliers")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/suppliers/"))
                .body("name", equalTo(name))
                .body("currency", equalTo("EUR"))
                .body("paymentTermsNetDays", equalTo(45))
                .body("keySet()", containsInAnyOrder(fieldsOf(SupplierView.class)))
                .extract().path("id");

        given().header("Authorization", AUDITOR).get("/api/v1/suppliers/" + id)
                .then().statusCode(200).body("legalEntity", equalTo("DE01"));

        try (TopicReader reader = new TopicReader(kafka, "o2c.payables.events")) {
            TopicReader.Message registered = reader.readUntil(
                            seen -> seen.stream().anyMatch(m -> id.equals(m.key())), Duration.ofSeconds(20))
                    .stream().filter(m -> id.equals(m.key())).findFirst().orElseThrow();
            assertThat(registered.header("ce_type")).isEqualTo("SupplierRegistered.v1");
            assertThat(registered.header("ce_source")).isEqualTo("/o2c/payables");
            assertThat(registered.header("ce_subject")).isEqualTo(id);
            assertThat(registered.header("ce_legalentity")).isEqualTo("DE01");
            assertThat(registered.header("ce_actinguser")).isEqualTo(Fixtures.CLERK_USER);
            JsonNode value = new ObjectMapper().readTree(registered.value());
            List<String> published = new ArrayList<>();
            value.fieldNames().forEachRemaining(published::add);
            assertThat(published).as("exactly the contract's fields, no bank details")
                    .containsExactlyInAnyOrder(fieldsOf(SupplierRegistered.class));
            assertThat(value.get("name").asText()).isEqualTo(name);
            assertThat(value.get("paymentTermsNetDays").asInt()).isEqualTo(45);
        }
    }

    @Test
    void suppliersAreListedByLegalEntity() {
        UUID mine = registerSupplier("SL01", "EUR", 30);
        registerSupplier("SL02", "EUR", 30);
        given().header("Authorization", AUDITOR).queryParam("legalEntity", "SL01")
                .get("/api/v1/suppliers")
                .then().statusCode(200)
                .body("items.id", hasItem(mine.toString()))
                .body("items.legalEntity", everyItem(equalTo("SL01")));
    }

    @Test
    void badInputIsAProblemNamingEveryFieldAndRegistersNothing() {
        String name = "Nameless " + UUID.randomUUID();
        given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("""
                        {"name": "%s", "legalEntity": "de", "currency": "XYZ", "paymentTermsNetDays": 400}"""
                        .formatted(name))
                .post("/api/v1/suppliers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("legalEntity", "currency", "paymentTermsNetDays"));
        assertThat(storedEvents(dataSource, "SupplierRegistered.v1", name)).isZero();
    }

    @Test
    void onlyClerksAndIntegrationsRegisterSuppliers() {
        String name = "Forbidden " + UUID.randomUUID();
        given().header("Authorization", Fixtures.APPROVER).contentType(ContentType.JSON)
                .body(supplierJson(name, "DE01", "EUR", 30)).post("/api/v1/suppliers")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(supplierJson(name, "DE01", "EUR", 30)).post("/api/v1/suppliers")
                .then().statusCode(401);
        given().get("/api/v1/suppliers").then().statusCode(401);
        assertThat(storedEvents(dataSource, "SupplierRegistered.v1", name)).isZero();
    }

    @Test
    void anUnknownSupplierIsNotFound() {
        given().header("Authorization", AUDITOR).get("/api/v1/suppliers/" + UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("urn:o2c:problem:not-found"));
    }
}
