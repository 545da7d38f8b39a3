package org.o2c.collections.dunning;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.o2c.collections.Fixtures.AUDITOR;
import static org.o2c.collections.Fixtures.CLERK;
import static org.o2c.collections.Fixtures.COLLECTOR;
import static org.o2c.collections.Fixtures.MANAGER;
import static org.o2c.collections.Fixtures.dunningRun;
import static org.o2c.collections.Fixtures.newLegalEntity;
import static org.o2c.collections.Fixtures.post;
import static org.o2c.collections.Fixtures.today;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DunningPolicyResourceTest {
    private static final String TWO_LEVELS = """
            {"levels": [{"level": 1, "name": "reminder", "daysPastDue": 10},
                        {"level": 2, "name": "final notice", "daysPastDue": 30}]}""";

    @Inject
    DataSource dataSource;

    @Test
    void aLegalEntityWithoutItsOwnPolicyHasTheConfiguredDefaultUntilOneIsSet() {
        String entity = newLegalEntity();
        given().header("Authorization", AUDITOR).get("/api/v1/dunning-policies/" + entity).then().statusCode(200)
                .body("defaultPolicy", equalTo(true))
                .body("levels.daysPastDue", contains(7, 21, 45))
                .body("levels.name", contains("reminder", "second reminder", "final notice"));
        put(MANAGER, entity, TWO_LEVELS).then().statusCode(200)
                .body("defaultPolicy", equalTo(false))
                .body("levels.daysPastDue", contains(10, 30));
        given().header("Authorization", AUDITOR).get("/api/v1/dunning-policies/" + entity).then().statusCode(200)
                .body("levels.name", contains("reminder", "final notice"));
    }

    @Test
    void levelsOutOfOrderOrIncompleteAreRefusedAndChangeNothing() {
        String entity = newLegalEntity();
        put(COLLECTOR, entity, """
                {"levels": [{"level": 1, "name": "reminder", "daysPastDue": 21},
                            {"level": 2, "name": "second reminder", "daysPastDue": 7}]}""")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("levels[1].daysPastDue"))
                .body("violations[0].rule", equalTo("ascending"));
        put(COLLECTOR, entity, """
                {"levels": [{"level": 2, "name": "second reminder", "daysPastDue": 7}]}""")
                .then().statusCode(422)
                .body("violations[0].field", equalTo("levels[0].level"))
                .body("violations[0].rule", equalTo("consecutive"));
        put(COLLECTOR, entity, """
                {"levels": [{"level": 1, "daysPastDue": 0}]}""")
                .then().statusCode(400)
                .body("violations.field", hasItem("levels[0].name"))
                .body("violations.field", hasItem("levels[0].daysPastDue"));
        put(COLLECTOR, entity, "{\"levels\": []}").then().statusCode(400);
        put(CLERK, entity, TWO_LEVELS).then().statusCode(403);
        put(AUDITOR, entity, TWO_LEVELS).then().statusCode(403);
        given().contentType(ContentType.JSON).body(TWO_LEVELS).put("/api/v1/dunning-policies/" + entity)
                .then().statusCode(401);
        given().header("Authorization", AUDITOR).get("/api/v1/dunning-policies/" + entity).then().statusCode(200)
                .body("defaultPolicy", equalTo(true));
        assertThat(count("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", entity)).isZero();
    }

    @Test
    void aRunInTheFutureOrOfABadLegalEntityIsRefusedAndRecordsNoRun() {
        String entity = newLegalEntity();
        dunningRun(entity, today().plusDays(1)).then().statusCode(422)
                .body("violations[0].field", equalTo("asOf"))
                .body("violations[0].rule", equalTo("not-in-future"));
        post(COLLECTOR, "/api/v1/dunning-runs", "{\"legalEntity\": \"de-01\"}").then().statusCode(400)
                .body("violations.field", hasItem("legalEntity"))
                .body("violations.field", hasItem("asOf"));
        post(CLERK, "/api/v1/dunning-runs", "{\"legalEntity\": \"%s\", \"asOf\": \"%s\"}".formatted(entity, today()))
                .then().statusCode(403);
        assertThat(count("SELECT count(*) FROM dunning_run WHERE legal_entity = ?", entity)).isZero();
    }

    private static io.restassured.response.Response put(String token, String entity, String body) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(body)
                .put("/api/v1/dunning-policies/" + entity);
    }

    private long count(String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
