package org.o2c.testing.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filter against a small service of its own: a spec and answers that keep it or break it. */
class SpecConformanceTest {
    private static final String SPEC = """
            {"openapi": "3.1.0", "paths": {"/api/v1/things/{id}": {"get": {"responses": {
              "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
              "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "required": ["id", "note"],
               "properties": {"id": {"type": "string"}, "note": {"type": ["string", "null"]}}}}}}""";
    private static final Map<String, String[]> ANSWERS = Map.of(
            "/api/v1/things/good", new String[] {"200", "application/json", "{\"id\": \"a\", \"note\": null}"},
            "/api/v1/things/missing", new String[] {"200", "application/json", "{\"id\": \"a\"}"},
            "/api/v1/things/null-id", new String[] {"200", "application/json", "{\"id\": null, \"note\": \"x\"}"},
            "/api/v1/things/teapot", new String[] {"418", "application/json", "{}"},
            "/api/v1/things/gone", new String[] {"404", "application/json", "{}"});
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String[] answer = path.equals("/q/openapi") ? new String[] {"200", "application/json", SPEC}
                    : ANSWERS.get(path);
            byte[] body = answer[2].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", answer[1]);
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void anAnswerAsTheSpecSaysPasses() {
        assertThatCode(() -> given().filter(new SpecConformance()).get(base + "/api/v1/things/good"))
                .doesNotThrowAnyException();
    }

    @Test
    void aMissingRequiredFieldANullNotDeclaredNullableAnUndeclaredStatusOrContentTypeFail() {
        assertThatThrownBy(() -> given().filter(new SpecConformance()).get(base + "/api/v1/things/missing"))
                .hasMessageContaining("note");
        assertThatThrownBy(() -> given().filter(new SpecConformance()).get(base + "/api/v1/things/null-id"))
                .hasMessageContaining("id");
        assertThatThrownBy(() -> given().filter(new SpecConformance()).get(base + "/api/v1/things/teapot"))
                .hasMessageContaining("status 418 is not declared");
        assertThatThrownBy(() -> given().filter(new SpecConformance()).get(base + "/api/v1/things/gone"))
                .hasMessageContaining("content type 'application/json' is not declared");
    }
}
