package org.o2c.credit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.openapi.OpenApiCompleteness;

@QuarkusTest
class ServiceRunsTest {

    @Test
    void isReadyWithItsDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("kafka-consumers"));
    }

    @Test
    void publishesACompleteOpenApiSpecAndSwaggerUi() throws Exception {
        String spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("o2c credit-service")).extract().asString();
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
