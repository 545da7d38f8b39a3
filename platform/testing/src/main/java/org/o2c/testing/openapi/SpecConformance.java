package org.o2c.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Holds every answer the tests receive through RestAssured to the spec of the service that gave it: the status
 * must be one the operation declares, its content type one declared for that status, and the body valid against
 * the declared schema (required properties present, nothing null that is not nullable, types, patterns and enums).
 * A response that differs fails the test that received it, naming the operation and each difference, so that the
 * spec a front-end team generates its client from stays exact.
 *
 * <p>The spec is read from the service itself ({@code /q/openapi}) once per base address. Paths outside
 * {@code /api/}, and paths no operation of the spec matches, are not checked.
 */
public final class SpecConformance implements Filter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Map<String, Spec> SPECS = new ConcurrentHashMap<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (uri.getPath() == null || !uri.getPath().startsWith("/api/")) {
            return response;
        }
        String base = uri.getScheme() + "://" + uri.getAuthority();
        List<String> differences = SPECS.computeIfAbsent(base, Spec::read)
                .differences(request.getMethod(), uri.getPath(), response);
        if (!differences.isEmpty()) {
            throw new AssertionError("the answer to " + request.getMethod() + " " + uri.getPath()
                    + " is not what the spec says:\n  " + String.join("\n  ", differences) + "\nbody: "
                    + abbreviate(response.asString()));
        }
        return response;
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    /** One service's spec, with its path templates as patterns and the schemas compiled on first use. */
    private static final class Spec {
        private final JsonNode spec;
        private final List<Map.Entry<Pattern, String>> templates;
        private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

        private Spec(JsonNode spec) {
            this.spec = spec;
            List<String> paths = new ArrayList<>();
            spec.path("paths").fieldNames().forEachRemaining(paths::add);
            // templates with more literal text first, so /invoices/batches wins over /invoices/{id}
            this.templates = paths.stream()
                    .sorted(Comparator.comparingInt((String p) -> p.replaceAll("\\{[^}]+}", "").length()).reversed())
                    .map(p -> Map.entry(Pattern.compile(p.replaceAll("\\{[^}]+}", "[^/]+")), p))
                    .collect(Collectors.toList());
        }

        static Spec read(String base) {
            try {
                HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
                return new Spec(JSON.readTree(answer.body()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        List<String> differences(String method, String path, Response response) {
            String template = templates.stream().filter(t -> t.getKey().matcher(path).matches())
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            String verb = method.toLowerCase();
            if (template == null || !METHODS.contains(verb) || !spec.path("paths").path(template).has(verb)) {
                return List.of();
            }
            String operation = method + " " + template;
            JsonNode declared = spec.path("paths").path(template).path(verb).path("responses")
                    .path(String.valueOf(response.statusCode()));
            if (declared.isMissingNode()) {
                return List.of("status " + response.statusCode() + " is not declared for " + operation);
            }
            String body = response.asString();
            if (body == null || body.isEmpty()) {
                return List.of();
            }
            String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
            JsonNode media = declared.path("content").path(contentType);
            if (media.isMissingNode()) {
                return List.of("content type '" + contentType + "' is not declared for status "
                        + response.statusCode() + " of " + operation);
            }
            if (!media.has("schema") || !contentType.endsWith("json")) {
                return List.of();
            }
            String key = operation + " " + response.statusCode() + " " + contentType;
            JsonSchema schema = schemas.computeIfAbsent(key, k -> compile(media.path("schema")));
            try {
                return schema.validate(JSON.readTree(body)).stream().map(ValidationMessage::getMessage).sorted()
                        .toList();
            } catch (IOException e) {
                return List.of("the body is not JSON: " + e.getMessage());
            }
        }

        /** The response's schema as a JSON Schema 2020-12 document that carries the spec's components. */
        private JsonSchema compile(JsonNode schema) {
            ObjectNode document = schema.deepCopy();
            document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            document.set("components", spec.path("components"));
            return SCHEMAS.getSchema(document);
        }
    }
}
