package org.o2c.collections.dunning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.o2c.collections.Fixtures.AUDITOR;
import static org.o2c.collections.Fixtures.COLLECTOR;
import static org.o2c.collections.Fixtures.MANAGER;
import static org.o2c.collections.Fixtures.awaitOverdue;
import static org.o2c.collections.Fixtures.dunningRun;
import static org.o2c.collections.Fixtures.newLegalEntity;
import static org.o2c.collections.Fixtures.today;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.o2c.collections.LedgerFeed;
import org.o2c.events.collections.DunningItem;
import org.o2c.events.collections.DunningLetterIssued;
import org.o2c.testing.kafka.TopicReader;

@QuarkusTest
class DunningRunResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "o2c.kafka.bootstrap-servers")
    String kafka;

    @Test
    void aRunChasesEachCustomerOnceAtTheLevelOfItsOldestItemAndASecondRunIssuesNothingNew() throws Exception {
        String entity = newLegalEntity();
        LocalDate asOf = today().minusDays(1);
        UUID brewery = UUID.randomUUID();
        UUID bakery = UUID.randomUUID();
        UUID old;
        UUID recent;
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            old = ledger.openItem(brewery, "INV-1", asOf.minusDays(50), "300.00");
            recent = ledger.openItem(brewery, "INV-2", asOf.minusDays(10), "120.50");
            ledger.openItem(brewery, "INV-3", asOf.minusDays(3), "80.00"); // overdue, not yet at the first level
            UUID paid = ledger.openItem(brewery, "INV-4", asOf.minusDays(30), "99.00");
            ledger.paymentApplied(brewery, paid, "INV-4", "99.00", "0.00");
            UUID partly = ledger.openItem(bakery, "INV-5", asOf.minusDays(25), "200.00");
            ledger.paymentApplied(bakery, partly, "INV-5", "150.00", "50.00");
        }
        awaitOverdue(entity, brewery, asOf, "500.50");
        awaitOverdue(entity, bakery, asOf, "50.00");

        JsonPath run = dunningRun(entity, asOf).then().statusCode(201)
                .body("legalEntity", equalTo(entity))
                .body("asOf", equalTo(asOf.toString()))
                .body("letters.size()", equalTo(2))
                .extract().jsonPath();
        String runId = run.getString("id");
        String brewerysLetter = "letters.find { it.customerId == '%s' }.".formatted(brewery);
        assertThat(run.getInt(brewerysLetter + "level")).isEqualTo(3);
        assertThat(run.getString(brewerysLetter + "levelName")).isEqualTo("final notice");
        assertThat(run.getList(brewerysLetter + "items.invoiceNumber")).containsExactly("INV-1", "INV-2");
        assertThat(run.getList(brewerysLetter + "items.level")).containsExactly(3, 1);
        assertThat(run.getString(brewerysLetter + "totalOverdue")).isEqualTo("420.50");
        String bakerysLetter = "letters.find { it.customerId == '%s' }.".formatted(bakery);
        assertThat(run.getInt(bakerysLetter + "level")).isEqualTo(2);
        assertThat(run.getString(bakerysLetter + "totalOverdue")).isEqualTo("50.00");

        // the run's Location lists exactly its letters; each letter can be read, with its history
        assertThat(given().header("Authorization", AUDITOR).queryParam("dunningRunId", runId)
                .get("/api/v1/dunning-letters").then().statusCode(200).extract().<Integer>path("totalItems"))
                .isEqualTo(2);
        String letterId = run.getString(brewerysLetter + "letterId");
        given().header("Authorization", AUDITOR).get("/api/v1/dunning-letters/" + letterId).then().statusCode(200)
                .body("level", equalTo(3)).body("customerId", equalTo(brewery.toString()));
        given().header("Authorization", AUDITOR).get("/api/v1/dunning-letters/" + letterId + "/history")
                .then().statusCode(200)
                .body("events.type", contains("DunningLetterIssued.v1"))
                .body("events[0].actingUser", equalTo("cole.collector"))
                .body("events[0].changes.letterId", equalTo(letterId));

        try (TopicReader reader = new TopicReader(kafka, "o2c.collections.events")) {
            List<TopicReader.Message> letters = reader.readUntil(seen -> lettersOf(seen, runId).size() == 2,
                    Duration.ofSeconds(20));
            TopicReader.Message letter = lettersOf(letters, runId).stream()
                    .filter(m -> m.key().equals(brewery.toString())).findFirst().orElseThrow();
            assertThat(letter.header("ce_type")).isEqualTo("DunningLetterIssued.v1");
            assertThat(letter.header("ce_source")).isEqualTo("/o2c/collections");
            assertThat(letter.header("ce_subject")).isEqualTo(brewery.toString());
            assertThat(letter.header("ce_legalentity")).isEqualTo(entity);
            assertThat(letter.header("ce_actinguser")).isEqualTo("cole.collector");
            JsonNode value = JSON.readTree(letter.value());
            assertThat(fieldsOf(value)).as("exactly the contract's fields").containsExactlyInAnyOrder(
                    Arrays.stream(DunningLetterIssued.class.getRecordComponents()).map(c -> c.getName())
                            .toArray(String[]::new));
            assertThat(fieldsOf(value.get("items").get(0))).containsExactlyInAnyOrder(
                    Arrays.stream(DunningItem.class.getRecordComponents()).map(c -> c.getName())
                            .toArray(String[]::new));
            assertThat(value.get("level").asInt()).isEqualTo(3);
            assertThat(value.get("totalOverdue").asText()).isEqualTo("420.50");
            assertThat(value.get("items").get(0).get("invoiceId").asText()).isEqualTo(old.toString());
            assertThat(value.get("items").get(1).get("invoiceId").asText()).isEqualTo(recent.toString());
            assertThat(value.get("items").get(1).get("daysPastDue").asInt()).isEqualTo(10);
        }

        dunningRun(entity, asOf).then().statusCode(201).body("letters", empty());
        given().header("Authorization", COLLECTOR).queryParam("customerId", brewery.toString())
                .get("/api/v1/dunning-letters").then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].dunningRunId", equalTo(runId));
        given().header("Authorization", COLLECTOR).queryParam("legalEntity", entity)
                .queryParam("asOf", asOf.toString()).get("/api/v1/collection-cases").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].customerId", equalTo(brewery.toString()))
                .body("items[0].oldestDaysPastDue", equalTo(50))
                .body("items[0].overdueItems", equalTo(3))
                .body("items[0].lastLetterLevel", equalTo(3));
    }

    @Test
    void aLaterRunChasesOnlyWhenAnItemReachesItsNextLevelUnderTheLegalEntitysOwnPolicy() {
        String entity = newLegalEntity();
        given().header("Authorization", MANAGER).contentType(ContentType.JSON).body("""
                {"levels": [{"level": 1, "name": "friendly note", "daysPastDue": 5},
                            {"level": 2, "name": "last call", "daysPastDue": 10}]}""")
                .put("/api/v1/dunning-policies/" + entity).then().statusCode(200)
                .body("defaultPolicy", equalTo(false));
        LocalDate asOf = today().minusDays(6);
        UUID customer = UUID.randomUUID();
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            ledger.openItem(customer, "INV-10", asOf.minusDays(5), "10.00");
        }
        awaitOverdue(entity, customer, asOf, "10.00");

        dunningRun(entity, asOf).then().statusCode(201)
                .body("letters.levelName", contains("friendly note"));
        dunningRun(entity, asOf.plusDays(4)).then().statusCode(201).body("letters", empty());
        dunningRun(entity, asOf.plusDays(5)).then().statusCode(201)
                .body("letters.level", contains(2))
                .body("letters.levelName", contains("last call"));
    }

    @Test
    void aRepeatedRunWithTheSameIdempotencyKeyAnswersTheFirstRun() {
        String entity = newLegalEntity();
        LocalDate asOf = today();
        UUID customer = UUID.randomUUID();
        try (LedgerFeed ledger = new LedgerFeed(kafka, entity)) {
            ledger.openItem(customer, "INV-20", asOf.minusDays(8), "10.00");
        }
        awaitOverdue(entity, customer, asOf, "10.00");
        String body = "{\"legalEntity\": \"%s\", \"asOf\": \"%s\"}".formatted(entity, asOf);
        String key = "run-" + UUID.randomUUID();
        String first = given().header("Authorization", COLLECTOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/dunning-runs")
                .then().statusCode(201).body("letters.size()", equalTo(1)).extract().asString();
        String again = given().header("Authorization", COLLECTOR).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/dunning-runs")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().asString();
        assertThat(JsonPath.from(again).getString("id")).isEqualTo(JsonPath.from(first).getString("id"));
        assertThat(JsonPath.from(again).getList("letters")).hasSize(1);
    }

    private static List<TopicReader.Message> lettersOf(List<TopicReader.Message> seen, String runId) {
        return seen.stream().filter(m -> "DunningLetterIssued.v1".equals(m.header("ce_type"))
                && m.value().contains(runId)).toList();
    }

    private static List<String> fieldsOf(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
