package org.o2c.testing.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hostile variants of every request a service's live OpenAPI spec describes: bodies that are not JSON, not UTF-8,
 * not declared as JSON, with duplicate keys, unknown fields, values of the wrong JSON type, NUL characters,
 * unpaired surrogates, oversized text, decimals with exponents, signs or spaces, dates as numbers or out of any
 * plausible range; path ids that are not UUIDs; query parameters that do not parse. Every one of them must be
 * refused with a 4xx problem and change nothing. A new operation is covered the day it appears in the spec.
 */
public final class RequestFuzz {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UUID = "0b9d6f3e-2a41-4f0c-9e7b-5d8c1a2b3c4d";
    private static final String LONE_SURROGATE = "<lone-surrogate>";
    private static final List<String> BAD_DECIMALS = List.of("1e400", "1E2", "+10.00", " 10.00", "10.00 ", "10.",
            ".5", "-0", "0x10", "1,000.00", "NaN", "Infinity", "١٠", "1234567890123456789012.00");
    private static final List<String> BAD_DATES = List.of("0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01",
            "20261201", "2026-12-01T00:00:00Z", "+57443-04-15", " 2026-12-01");

    private RequestFuzz() {
    }

    /** One hostile request. Body null: none; contentType null: no Content-Type header. */
    public record Case(String operation, String variant, String method, String path, String contentType,
                       byte[] body) {
        @Override
        public String toString() {
            return operation + " with " + variant;
        }
    }

    /** Every variant of every operation under /api/ of the spec. */
    public static Map<String, List<Case>> cases(String openApiJson) throws IOException {
        JsonNode spec = JSON.readTree(openApiJson);
        Map<String, List<Case>> byOperation = new LinkedHashMap<>();
        for (ApiOperation operation : ApiOperation.in(spec)) {
            List<Case> cases = new ArrayList<>();
            String validPath = operation.path().replaceAll("\\{[^}]+}", UUID);
            pathVariants(operation, cases);
            queryVariants(operation, validPath, cases);
            JsonNode body = operation.operation().path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode()) {
                bodyVariants(operation.name(), operation.method(), validPath, exampleOf(spec, body), cases);
            }
            JsonNode content = operation.operation().path("requestBody").path("content");
            if (content.has("application/octet-stream")) {
                fileVariants(operation.name(), operation.method(), validPath, cases);
            }
            if (content.has("multipart/form-data")) {
                cases.add(new Case(operation.name(), "a form without its file", operation.method(), validPath,
                        "multipart/form-data; boundary=x", bytes("--x\r\nContent-Disposition: form-data; "
                        + "name=\"other\"\r\n\r\nvalue\r\n--x--\r\n")));
            }
            if (!cases.isEmpty()) {
                byOperation.put(operation.name(), cases);
            }
        }
        return byOperation;
    }

    private static void pathVariants(ApiOperation operation, List<Case> cases) {
        for (JsonNode parameter : operation.parameters("path")) {
            String id = "{" + parameter.path("name").asText() + "}";
            for (String bad : List.of("not-a-uuid", "1e400", "0b9d6f3e2a414f0c9e7b5d8c1a2b3c4d0", "%00",
                    "x".repeat(300))) {
                String path = operation.path().replace(id, bad).replaceAll("\\{[^}]+}", UUID);
                cases.add(withEmptyBody(operation, "path " + id + " = " + abbreviate(bad), path));
            }
        }
    }

    private static void queryVariants(ApiOperation operation, String path, List<Case> cases) {
        for (JsonNode parameter : operation.parameters("query")) {
            JsonNode schema = parameter.path("schema");
            List<String> bad = new ArrayList<>();
            String type = schema.path("type").asText();
            String format = schema.path("format").asText();
            if (type.equals("integer")) {
                bad.addAll(List.of("1e400", "x", "99999999999999999999"));
                if (schema.has("minimum")) {
                    bad.add(String.valueOf(schema.path("minimum").asLong() - 1));
                }
            } else if (format.equals("date")) {
                bad.addAll(List.of("2026-02-30", "20261201", "x"));
            } else if (format.equals("uuid") || schema.path("$ref").asText().endsWith("UUID")) {
                bad.addAll(List.of("not-a-uuid", "%00"));
            } else if (schema.has("enum")) {
                bad.add("NO_SUCH_VALUE");
            } else if (type.equals("boolean")) {
                bad.add("maybe");
            }
            for (String value : bad) {
                String query = parameter.path("name").asText() + "=" + value;
                cases.add(withEmptyBody(operation, "query " + query, path + "?" + query));
            }
        }
    }

    /**
     * Files that are no file to take: empty, binary noise, XML that reaches for an external entity or expands
     * entities, a file declared as JSON.
     */
    private static void fileVariants(String name, String method, String path, List<Case> cases) {
        String octets = "application/octet-stream";
        cases.add(new Case(name, "an empty file", method, path, octets, new byte[0]));
        cases.add(new Case(name, "binary noise", method, path, octets, new byte[] {0, 1, 2, (byte) 0xFF, 3, 4}));
        cases.add(new Case(name, "XML with an external entity", method, path, "application/xml", bytes("""
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">&x;</Document>""")));
        cases.add(new Case(name, "XML expanding entities", method, path, "application/xml", bytes("""
                <?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><Document>&c;</Document>""")));
        cases.add(new Case(name, "a file declared as JSON", method, path, "application/json", bytes("{}")));
    }

    /** A request whose fault is in its path or query; it carries an empty JSON object where the method takes one. */
    private static Case withEmptyBody(ApiOperation operation, String variant, String path) {
        boolean body = operation.takesBody();
        return new Case(operation.name(), variant, operation.method(), path, body ? "application/json" : null,
                body ? bytes("{}") : null);
    }

    private static void bodyVariants(String name, String method, String path, JsonNode example, List<Case> cases) {
        add(cases, name, "a truncated body", method, path, "{\"a\": ");
        add(cases, name, "a JSON array for an object", method, path, "[]");
        add(cases, name, "a JSON number for an object", method, path, "42");
        add(cases, name, "two JSON values", method, path, example + " {}");
        add(cases, name, "a comment", method, path, "/* x */ " + example);
        cases.add(new Case(name, "no Content-Type", method, path, null, bytes(example.toString())));
        cases.add(new Case(name, "Content-Type text/plain", method, path, "text/plain", bytes(example.toString())));
        cases.add(new Case(name, "a UTF-16 body", method, path, "application/json",
                example.toString().getBytes(StandardCharsets.UTF_16LE)));
        cases.add(new Case(name, "charset ISO-8859-1", method, path, "application/json; charset=ISO-8859-1",
                bytes(example.toString())));
        cases.add(new Case(name, "a byte order mark", method, path, "application/json",
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(example.toString()))));
        cases.add(new Case(name, "invalid UTF-8", method, path, "application/json",
                concat(bytes("{\"x\": \""), new byte[] {(byte) 0xC3, (byte) 0x28}, bytes("\"}"))));
        if (!example.isObject()) {
            return;
        }
        ObjectNode unknown = example.deepCopy();
        unknown.put("noSuchField", 1);
        add(cases, name, "an unknown field", method, path, unknown.toString());
        Iterator<String> names = example.fieldNames();
        if (names.hasNext()) {
            String first = names.next();
            String body = example.toString();
            String duplicated = "{" + JSON.valueToTree(first) + ": " + example.get(first) + ", " + body.substring(1);
            add(cases, name, "the key " + first + " twice", method, path, duplicated);
        }
        for (Map.Entry<String, JsonNode> leaf : leaves(example).entrySet()) {
            String at = leaf.getKey();
            JsonNode value = leaf.getValue();
            List<Map.Entry<String, JsonNode>> replacements = new ArrayList<>();
            replacements.add(Map.entry("an object", NODES.objectNode()));
            replacements.add(Map.entry("an array", NODES.arrayNode()));
            if (!value.isBoolean()) {
                replacements.add(Map.entry("true", NODES.booleanNode(true)));
            }
            if (value.isTextual()) {
                String text = value.asText();
                replacements.add(Map.entry("a JSON number", NODES.numberNode(12)));
                replacements.add(Map.entry("a NUL character", NODES.textNode(text + "\u0000")));
                replacements.add(Map.entry("an unpaired surrogate", NODES.textNode(text + LONE_SURROGATE)));
                replacements.add(Map.entry("200,000 characters", NODES.textNode("x".repeat(200_000))));
                if (text.matches("[0-9]+(\\.[0-9]+)?")) {
                    for (String bad : BAD_DECIMALS) {
                        replacements.add(Map.entry("'" + bad + "'", NODES.textNode(bad)));
                    }
                    replacements.add(Map.entry("the number 1e400", NODES.numberNode(new java.math.BigDecimal("1e400"))));
                    replacements.add(Map.entry("the number 10^20", NODES.numberNode(
                            new java.math.BigInteger("100000000000000000000"))));
                }
                if (text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    for (String bad : BAD_DATES) {
                        replacements.add(Map.entry("'" + bad + "'", NODES.textNode(bad)));
                    }
                    replacements.add(Map.entry("the number 20261201", NODES.numberNode(20261201)));
                }
            } else if (value.isNumber()) {
                replacements.add(Map.entry("a string", NODES.textNode("12")));
                replacements.add(Map.entry("a fraction", NODES.numberNode(1.5)));
                replacements.add(Map.entry("10^20", NODES.numberNode(new java.math.BigInteger("100000000000000000000"))));
            }
            for (Map.Entry<String, JsonNode> replacement : replacements) {
                JsonNode variant = replaced(example, at, replacement.getValue());
                add(cases, name, at + " = " + replacement.getKey(), method, path, variant.toString());
            }
        }
    }

    private static void add(List<Case> cases, String name, String variant, String method, String path, String body) {
        // a lone surrogate cannot be encoded, so it travels as the JSON escape that a hostile client would write
        cases.add(new Case(name, variant, method, path, "application/json",
                bytes(body.replace(LONE_SURROGATE, "\\ud800"))));
    }

    /** Every scalar of the example by its path ({@code lines[0].quantity}), objects and arrays walked. */
    static Map<String, JsonNode> leaves(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        walk(node, "", leaves);
        return leaves;
    }

    private static void walk(JsonNode node, String at, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> walk(f.getValue(), at.isEmpty() ? f.getKey() : at + "." + f.getKey(),
                    leaves));
        } else if (node.isArray()) {
            if (node.size() > 0) {
                walk(node.get(0), at + "[0]", leaves);
            }
        } else if (!node.isNull()) {
            leaves.put(at, node);
        }
    }

    private static JsonNode replaced(JsonNode example, String at, JsonNode value) {
        JsonNode copy = example.deepCopy();
        JsonNode parent = copy;
        String[] steps = at.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean indexed = step.endsWith("[0]");
            String field = indexed ? step.substring(0, step.length() - 3) : step;
            boolean last = i == steps.length - 1;
            if (last && !indexed) {
                ((ObjectNode) parent).set(field, value);
            } else if (last) {
                ((ArrayNode) parent.get(field)).set(0, value);
            } else {
                parent = indexed ? parent.get(field).get(0) : parent.get(field);
            }
        }
        return copy;
    }

    /** The operation's first example, or one built from its schema. */
    private static JsonNode exampleOf(JsonNode spec, JsonNode mediaType) {
        JsonNode example = mediaType.path("example");
        if (example.isMissingNode() && mediaType.has("examples")) {
            example = mediaType.path("examples").elements().next().path("value");
        }
        if (example.isTextual()) {
            try {
                example = JSON.readTree(example.asText());
            } catch (IOException e) {
                // not JSON text: fall back to the schema
                example = NODES.missingNode();
            }
        }
        if (example.isMissingNode() || example.isNull()) {
            example = fromSchema(spec, mediaType.path("schema"), 0);
        }
        return example;
    }

    private static JsonNode fromSchema(JsonNode spec, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            return fromSchema(spec, spec.path("components").path("schemas").path(name), depth + 1);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("allOf")) {
            return fromSchema(spec, schema.get("allOf").get(0), depth + 1);
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText();
        if (depth > 8) {
            return NODES.objectNode();
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(),
                        fromSchema(spec, p.getValue(), depth + 1)));
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(fromSchema(spec, schema.path("items"), depth + 1));
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            default -> {
                if (schema.has("enum")) {
                    return schema.get("enum").get(0);
                }
                return switch (schema.path("format").asText()) {
                    case "date" -> NODES.textNode("2026-11-30");
                    case "uuid" -> NODES.textNode(UUID);
                    default -> schema.has("properties") ? fromSchema(spec, ((ObjectNode) schema.deepCopy())
                            .put("type", "object"), depth + 1) : NODES.textNode("x");
                };
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
