package org.o2c.testing.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.openapi.OpenApiCompleteness;

/**
 * What every service promises its operators and the front-end team, as tests: ready with its database and
 * Kafka, a complete OpenAPI spec, Swagger UI, problem responses. A service's {@code @QuarkusTest} extends it.
 */
public abstract class ServiceContract {
    private final String service;

    protected ServiceContract(String service) {
        this.service = service;
    }

    @Test
    void isReadyWithItsDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("kafka-consumers"));
    }

    @Test
    void publishesACompleteOpenApiSpecAndSwaggerUi() throws Exception {
        String spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("o2c " + service + "-service")).extract().asString();
        assertThat(OpenApiCompleteness.gaps(spec)).isEmpty();
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void anUnknownPathIsAProblemResponse() {
        given().header("Authorization", TestTokens.bearer("aud", "auditor")).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:not-found"));
    }
}
