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
import org.o2c.testing.openapi.ApiOperation;
import org.o2c.testing.openapi.OpenApiCompleteness;
import org.o2c.testing.openapi.RequestFuzz;
import org.o2c.testing.openapi.ScopeMatrix;

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

    /**
     * The service's access table: a row for every operation of its spec, made with documents of a legal entity
     * no other test uses (see {@link ScopeMatrix}).
     */
    protected abstract ScopeMatrix scopeMatrix() throws Exception;

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
        String spec = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
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

    /**
     * Every operation of the live spec, called by every role acting for the legal entity of its documents and for
     * another one, answers as the service's {@link ScopeMatrix} says; and the spec declares the same roles.
     */
    @TestFactory
    Stream<DynamicTest> everyOperationAnswersEachRoleAndLegalEntityAsItsTableSays() throws Exception {
        JsonNode spec = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        ScopeMatrix matrix = scopeMatrix();
        List<String> inSpec = ApiOperation.in(spec).stream().map(ApiOperation::name).toList();
        DynamicTest complete = DynamicTest
                .dynamicTest("the table has a row for every operation of the spec, and only those",
                () -> assertThat(matrix.rows().keySet()).containsExactlyInAnyOrderElementsOf(inSpec));
        HttpClient http = HttpClient.newHttpClient();
        Stream<DynamicTest> perOperation = ApiOperation.in(spec).stream()
                .filter(operation -> matrix.rows().containsKey(operation.name()))
                .map(operation -> DynamicTest.dynamicTest(operation.name(), () -> {
                    ScopeMatrix.Row row = matrix.rows().get(operation.name());
                    assertThat(declaredRoles(operation.operation())).as("roles the spec declares")
                            .containsExactlyInAnyOrderElementsOf(row.roles());
                    List<String> wrong = new ArrayList<>();
                    for (String role : matrix.everyRole().stream().sorted().toList()) {
                        for (String legalEntity : List.of(matrix.home(), matrix.foreign())) {
                            String answer = scopeAnswer(http, operation.method(), row, role, legalEntity, matrix);
                            if (answer != null) {
                                wrong.add(role + " acting for " + legalEntity + ": " + answer);
                            }
                        }
                    }
                    assertThat(wrong).as("answers unlike the table").isEmpty();
                }));
        return Stream.concat(Stream.of(complete), perOperation);
    }

    private static List<String> declaredRoles(JsonNode operation) {
        List<String> roles = new ArrayList<>();
        operation.path("security").forEach(requirement -> requirement.fields()
                .forEachRemaining(scheme -> scheme.getValue().forEach(role -> roles.add(role.asText()))));
        return roles;
    }

    /** Null when the answer is what the table says; otherwise what was wrong with it. */
    private static String scopeAnswer(HttpClient http, String method, ScopeMatrix.Row row, String role,
                                      String legalEntity, ScopeMatrix matrix) throws Exception {
        ScopeMatrix.Call call = row.call().get();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                        + call.path()))
                .header("Authorization", TestTokens.bearerFor(List.of(legalEntity), "matrix." + role, role))
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .method(method, call.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(call.body()));
        if (call.body() != null) {
            request.header("Content-Type", call.contentType());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String type = status >= 400 ? JSON.readTree(response.body()).path("type").asText() : "";
        String seen = status + " " + type + " " + abbreviate(response.body());
        if (status >= 500) {
            return seen;
        }
        if (!row.roles().contains(role)) {
            return status == 403 && type.endsWith(":forbidden") ? null : seen + " (expected 403 forbidden)";
        }
        boolean home = legalEntity.equals(matrix.home());
        if (home) {
            boolean refused = status == 401 || status == 403 || status == 404 || type.endsWith(":unknown-reference");
            if (refused) {
                return seen + " (expected the home legal entity's document to be found and allowed)";
            }
            if (row.foreign() == ScopeMatrix.Foreign.HIDDEN && !response.body().contains("\"" + row.marker() + "\"")) {
                return seen + " (expected the list to show the home legal entity's documents)";
            }
            return null;
        }
        return switch (row.foreign()) {
            case NOT_FOUND -> status == 404 && type.endsWith(":not-found") ? null : seen + " (expected 404 not-found)";
            case REFUSED -> status == 403 && type.endsWith(":legal-entity-not-granted") ? null
                    : seen + " (expected 403 legal-entity-not-granted)";
            case UNKNOWN_REFERENCE -> status == 422 && type.endsWith(":unknown-reference") ? null
                    : seen + " (expected 422 unknown-reference)";
            case HIDDEN -> status == 200 && !response.body().contains("\"" + row.marker() + "\"") ? null
                    : seen + " (expected 200 without the home legal entity's documents)";
        };
    }

    /** A request line of over 8 KiB is 414 and headers of over 16 KiB are 431, each a problem like any other. */
    @Test
    void anOverlongRequestLineOrOversizedHeadersAreProblems() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        String token = TestTokens.bearer("aud", "auditor");
        HttpResponse<String> longLine = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/anything?q="
                + "x".repeat(9000))).header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(longLine.statusCode()).isEqualTo(414);
        assertThat(longLine.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(longLine.body()).path("type").asText()).isEqualTo("urn:o2c:problem:uri-too-long");
        HttpResponse<String> bigHeaders = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/anything"))
                .header("Authorization", token).header("X-Padding", "y".repeat(17000)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bigHeaders.statusCode()).isEqualTo(431);
        assertThat(bigHeaders.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JSON.readTree(bigHeaders.body()).path("type").asText())
                .isEqualTo("urn:o2c:problem:headers-too-large");
    }

    @Test
    void anUnknownPathIsAProblemResponse() {
        given().header("Authorization", TestTokens.bearer("aud", "auditor")).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:o2c:problem:not-found"));
    }
}
