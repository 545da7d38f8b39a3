package org.o2c.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.o2c.testing.auth.TestTokens;

/** One user (or system) calling one service over REST with a bearer token of its roles. */
final class Caller {
    private final String url;
    private final String token;

    private Caller(String url, String token) {
        this.url = url;
        this.token = token;
    }

    static Caller of(String url, String user, String... roles) {
        return new Caller(url, TestTokens.bearer(user, roles));
    }

    JsonPath post(String path, String json, int expectedStatus) {
        return request().header("Idempotency-Key", UUID.randomUUID().toString()).body(json)
                .post(path).then().statusCode(expectedStatus).extract().jsonPath();
    }

    /** The answer to a POST whose outcome depends on what the service has learned from others' events by now. */
    io.restassured.response.Response postAnswer(String path, String json) {
        return request().header("Idempotency-Key", UUID.randomUUID().toString()).body(json).post(path);
    }

    /** A file sent as the request body, as a bank file is uploaded. */
    JsonPath upload(String path, byte[] file, String contentType, int expectedStatus) {
        return given().baseUri(url).header("Authorization", token).header("Idempotency-Key", UUID.randomUUID()
                .toString()).contentType(contentType).accept(ContentType.JSON).body(file).post(path).then()
                .statusCode(expectedStatus).extract().jsonPath();
    }

    JsonPath put(String path, String json, int expectedStatus) {
        return request().body(json).put(path).then().statusCode(expectedStatus).extract().jsonPath();
    }

    /** The status of a PUT, for one that may be refused until the service has learned what it refers to. */
    int putStatus(String path, String json) {
        return request().body(json).put(path).then().extract().statusCode();
    }

    JsonPath get(String path, Map<String, ?> query) {
        return request().queryParams(query).get(path).then().statusCode(200).extract().jsonPath();
    }

    JsonPath get(String path) {
        return get(path, Map.of());
    }

    /** A GET of something that may not be there yet: null on 404. */
    JsonPath getIfFound(String path) {
        var response = request().get(path).then().extract();
        if (response.statusCode() == 404) {
            return null;
        }
        return response.response().then().statusCode(200).extract().jsonPath();
    }

    /** The raw JSON text of a GET: for comparing two instances' answers as a whole. */
    String getText(String path, Map<String, ?> query) {
        return request().queryParams(query).get(path).then().statusCode(200).extract().asString();
    }

    private RequestSpecification request() {
        return given().baseUri(url).header("Authorization", token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
