package org.o2c.testing.quarkus;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.o2c.testing.auth.TestTokens;
import org.o2c.testing.openapi.OpenApiCompleteness;
import org.o2c.testing.openapi.RequestFuzz;

/**
 * What every service promises its operators and the front-end team, as tests: ready with its database and
 * Kafka, a complete OpenAPI spec, Swagger UI, problem responses. A service's {@code @QuarkusTest} extends it.
 */
public abstract class ServiceContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final String service;
    @Inject
    DataSource dataSource;

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

    /**
     * Every hostile variant of every request in the live spec ({@link RequestFuzz}) is a 4xx problem whose status
     * matches the answer's, never a 5xx or a success, and no event of any of them is stored.
     */
    @TestFactory
    Stream<DynamicTest> everyHostileRequestIsRefusedWithAProblemAndStoresNothing() throws Exception {
        String spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        Map<String, List<RequestFuzz.Case>> cases = RequestFuzz.cases(spec);
        assertThat(cases).as("operations with input in the spec").isNotEmpty();
        String correlation = "fuzz-" + UUID.randomUUID();
        String token = TestTokens.bearer("fuzz.user", "ar-clerk", "ar-manager", "credit-manager", "collector",
                "ap-clerk", "ap-approver", "integration");
        HttpClient http = HttpClient.newHttpClient();
        Stream<DynamicTest> perOperation = cases.entrySet().stream().map(operation -> DynamicTest.dynamicTest(
                operation.getKey() + " (" + operation.getValue().size() + " variants)", () -> {
                    List<String> wrong = new ArrayList<>();
                    for (RequestFuzz.Case hostile : operation.getValue()) {
                        String answer = refusal(http, token, correlation, hostile);
                        if (answer != null) {
                            wrong.add(hostile + ": " + answer);
                        }
                    }
                    assertThat(wrong).as("variants not refused with a 4xx problem").isEmpty();
                }));
        DynamicTest nothingStored = DynamicTest.dynamicTest("no event of a refused request is stored",
                () -> assertThat(eventsCorrelatedWith(correlation)).isZero());
        return Stream.concat(perOperation, Stream.of(nothingStored));
    }

    /** Null when the request was refused as it must be; otherwise what was wrong with the answer. */
    private static String refusal(HttpClient http, String token, String correlation, RequestFuzz.Case hostile)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + hostile.path()))
                .header("Authorization", token).header("X-Correlation-Id", correlation)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (status < 400 || status >= 500) {
            return status + " " + abbreviate(response.body());
        }
        if (!type.startsWith("application/problem+json")) {
            return status + " with Content-Type '" + type + "'";
        }
        JsonNode problem = JSON.readTree(response.body());
        if (problem.path("status").asInt() != status || problem.path("type").asText().isEmpty()) {
            return status + " with a problem of status " + problem.path("status") + " and type "
                    + problem.path("type");
        }
        return null;
    }

    private long eventsCorrelatedWith(String correlation) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM domainevententry "
                     + "WHERE position(? in convert_from(metadata, 'UTF8')) > 0")) {
            select.setString(1, correlation);
            try (ResultSet count = select.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    @Test
    void anUnknownPathIsAProblemResponse() {
        given().header("Authorization", TestTokens.bearer("aud", "auditor")).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:not-found"));
    }
}
