package org.o2c.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a front-end developer needs from a spec, checked: servers; every operation has a unique operationId and a
 * summary, requires the Idempotency-Key it takes, declares its error
 * responses (400 where it takes input, 401, 403, 500) each with an application/problem+json body, and its bearer
 * security; every schema property has a type and a description.
 */
public final class OpenApiCompleteness {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApiCompleteness() {
    }

    /** The gaps in a spec, one line each; empty when complete. */
    public static List<String> gaps(String openApiJson) throws IOException {
        JsonNode spec = JSON.readTree(openApiJson);
        List<String> gaps = new ArrayList<>();
        if (!spec.path("components").path("securitySchemes").has("bearer")) {
            gaps.add("no bearer security scheme");
        }
        if (spec.path("servers").isEmpty()) {
            gaps.add("no servers");
        }
        Set<String> operationIds = new HashSet<>();
        for (ApiOperation api : ApiOperation.in(spec)) {
            String name = api.name();
            JsonNode operation = api.operation();
            if (operation.path("summary").asText().isBlank()) {
                gaps.add(name + ": no summary");
            }
            String operationId = operation.path("operationId").asText();
            if (operationId.isBlank()) {
                gaps.add(name + ": no operationId");
            } else if (!operationIds.add(operationId)) {
                gaps.add(name + ": operationId " + operationId + " is used twice");
            }
            api.parameters("header").stream().filter(p -> p.path("name").asText().equals("Idempotency-Key"))
                    .filter(p -> !p.path("required").asBoolean()).forEach(p -> gaps.add(name
                            + ": Idempotency-Key is taken but not required"));
            if (operation.path("security").isMissingNode()) {
                gaps.add(name + ": no security requirement");
            }
            boolean takesInput = operation.has("requestBody") || !api.parameters("query").isEmpty();
            for (String status : takesInput ? List.of("400", "401", "403", "500") : List.of("401", "403", "500")) {
                if (!operation.path("responses").has(status)) {
                    gaps.add(name + ": response " + status + " not declared");
                }
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().matches("[45]\\d\\d")
                        && !response.getValue().path("content").has("application/problem+json")) {
                    gaps.add(name + ": response " + response.getKey() + " has no problem body");
                }
            });
        }
        for (Iterator<Map.Entry<String, JsonNode>> schemas = spec.path("components").path("schemas").fields();
             schemas.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = schemas.next();
            for (Iterator<Map.Entry<String, JsonNode>> props = schema.getValue().path("properties").fields();
                 props.hasNext(); ) {
                Map.Entry<String, JsonNode> prop = props.next();
                JsonNode p = prop.getValue();
                boolean typed = p.has("type") || p.has("$ref") || p.has("allOf") || p.has("oneOf");
                boolean described = p.has("description") || p.has("$ref") || p.has("allOf");
                String pattern = p.path("pattern").asText();
                if (pattern.contains("[.]") && java.util.regex.Pattern.compile(pattern).matcher("01.5").find()) {
                    gaps.add("schema " + schema.getKey() + "." + prop.getKey() + ": decimal pattern " + pattern
                            + " admits a leading zero, which requests may not have");
                }
                if (!typed || !described) {
                    gaps.add("schema " + schema.getKey() + "." + prop.getKey() + ": "
                            + (!typed ? "no type" : "no description"));
                }
            }
        }
        return gaps;
    }
}
