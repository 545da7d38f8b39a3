package org.o2c.invoicing.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.o2c.invoicing.Fixtures.CLERK;
import static org.o2c.invoicing.Fixtures.customerJson;
import static org.o2c.invoicing.Fixtures.freshLegalEntity;

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
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.kafka.TopicReader;

/** POST /api/v1/customer-batches: many customers in one transaction, all or nothing, each published on its own. */
@QuarkusTest
class CustomerBatchResourceTest {
    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;
    @Inject
    DataSource dataSource;

    @Test
    void registersEveryCustomerInRequestOrderAndPublishesEach() {
        String entity = freshLegalEntity("CA");
        List<String> ids = batch(null, customerJson("Brauhaus Köhler GmbH", entity, "EUR", 30),
                customerJson("Taverne du Port SARL", entity, "EUR", 45),
                customerJson("Pub & Grill Ltd", entity, "GBP", 14))
                .then().statusCode(201)
                .body("customers.size()", equalTo(3))
                .body("customers[0].name", equalTo("Brauhaus Köhler GmbH"))
                .body("customers[1].name", equalTo("Taverne du Port SARL"))
                .body("customers[1].paymentTermsNetDays", equalTo(45))
                .body("customers[2].currency", equalTo("GBP"))
                .extract().path("customers.id");

        for (int i = 0; i < ids.size(); i++) {
            given().header("Authorization", CLERK).get("/api/v1/customers/" + ids.get(i))
                    .then().statusCode(200).body("legalEntity", equalTo(entity));
        }
        assertThat(customersOf(entity)).isEqualTo(3);
        try (TopicReader reader = new TopicReader(kafka, "o2c.invoicing.events")) {
            List<TopicReader.Message> published = reader.readUntil(seen -> seen.stream()
                    .map(TopicReader.Message::key).collect(Collectors.toSet()).containsAll(ids), Duration.ofSeconds(20));
            assertThat(published.stream().filter(m -> ids.contains(m.key())))
                    .as("one CustomerRegistered per customer of the batch")
                    .hasSize(3)
                    .allSatisfy(m -> {
                        assertThat(m.header("ce_type")).isEqualTo("CustomerRegistered.v1");
                        assertThat(m.header("ce_legalentity")).isEqualTo(entity);
                        assertThat(m.header("ce_actinguser")).isEqualTo("clara.clerk");
                    });
        }
    }

    @Test
    void oneBadCustomerRefusesTheWholeBatchNamingIt() throws SQLException {
        String entity = freshLegalEntity("CB");

        batch(null, customerJson("Good GmbH", entity, "EUR", 30), customerJson("Bad GmbH", "de-01", "EUR", 30))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("customers[1].legalEntity"));
        batch(null, customerJson("Good GmbH", entity, "EUR", 30), customerJson("Late GmbH", entity, "EUR", 400))
                .then().statusCode(400)
                .body("violations.field", hasItem("customers[1].paymentTermsNetDays"));
        given().header("Authorization", CLERK).contentType(ContentType.JSON).body("{\"customers\": []}")
                .post("/api/v1/customer-batches")
                .then().statusCode(400).body("violations[0].field", equalTo("customers"));
        String tooMany = "{\"customers\": [" + String.join(",", Collections.nCopies(
                RegisterCustomerBatchRequest.MAX_CUSTOMERS + 1, customerJson("Many GmbH", entity, "EUR", 30))) + "]}";
        given().header("Authorization", CLERK).contentType(ContentType.JSON).body(tooMany)
                .post("/api/v1/customer-batches")
                .then().statusCode(400).body("violations[0].field", equalTo("customers"));

        assertThat(customersOf(entity)).isZero();
        try (Connection c = dataSource.getConnection(); PreparedStatement events = c.prepareStatement(
                "SELECT count(*) FROM domainevententry WHERE payloadtype = 'CustomerRegistered.v1' "
                        + "AND convert_from(payload, 'UTF8') LIKE ?")) {
            events.setString(1, "%\"legalEntity\":\"" + entity + "\"%");
            try (ResultSet rs = events.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).as("CustomerRegistered events of " + entity).isZero();
            }
        }
    }

    @Test
    void aRetriedBatchWithTheSameIdempotencyKeyTakesEffectOnce() {
        String entity = freshLegalEntity("CC");
        String key = "customer-load-" + entity;
        String[] customers = {customerJson("One GmbH", entity, "EUR", 30), customerJson("Two GmbH", entity, "EUR", 30)};

        List<String> registered = batch(key, customers).then().statusCode(201).extract().path("customers.id");
        List<String> retried = batch(key, customers).then().statusCode(201).extract().path("customers.id");

        assertThat(retried).isEqualTo(registered);
        assertThat(customersOf(entity)).isEqualTo(2);
        batch(key, customerJson("Other GmbH", entity, "EUR", 30)).then().statusCode(422);
        assertThat(customersOf(entity)).isEqualTo(2);
    }

    @Test
    void anAuditorMayNotRegister() {
        given().header("Authorization", TestTokens.bearer("ada.auditor", "auditor"))
                .contentType(ContentType.JSON)
                .body("{\"customers\": [" + customerJson("Any GmbH", "DE01", "EUR", 30) + "]}")
                .post("/api/v1/customer-batches")
                .then().statusCode(403);
    }

    private static Response batch(String idempotencyKey, String... customers) {
        var request = given().header("Authorization", CLERK).contentType(ContentType.JSON)
                .body("{\"customers\": [" + String.join(",", customers) + "]}");
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/v1/customer-batches");
    }

    private static int customersOf(String legalEntity) {
        return given().header("Authorization", CLERK).queryParam("legalEntity", legalEntity)
                .get("/api/v1/customers").then().statusCode(200).extract().path("totalItems");
    }
}
