package org.o2c.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One operation of a spec under {@code /api/}: its HTTP method, path template and operation object. */
public record ApiOperation(String method, String path, JsonNode operation) {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    /** Every API operation of the spec, in the spec's order. */
    public static List<ApiOperation> in(JsonNode spec) {
        List<ApiOperation> operations = new ArrayList<>();
        spec.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fields().forEachRemaining(op -> {
                    String method = op.getKey().toUpperCase();
                    if (METHODS.contains(method)) {
                        operations.add(new ApiOperation(method, path.getKey(), op.getValue()));
                    }
                });
            }
        });
        return operations;
    }

    /** e.g. {@code POST /api/v1/payments}. */
    public String name() {
        return method + " " + path;
    }

    /** Whether requests of this method carry a body. */
    public boolean takesBody() {
        return !method.equals("GET") && !method.equals("DELETE");
    }

    /** The operation's parameters that are in the given place ({@code path}, {@code query}, {@code header}). */
    public List<JsonNode> parameters(String in) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
            if (p.path("in").asText().equals(in)) {
                parameters.add(p);
            }
        });
        return parameters;
    }
}
