package org.o2c.runtime.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.o2c.runtime.idempotency.IdempotentRequests;
import org.o2c.runtime.problem.Problem;

/**
 * Completes every service's spec the same way: each API operation lists 401, 403 and 500 (and 404 when its path
 * names a document) with the problem body, every error response carries the {@code application/problem+json}
 * Problem schema, operations that take an Idempotency-Key require it and document the header that marks a replayed answer, and every property of a
 * schema that answers carry is required: the services write every field of an answer, null where the schema
 * says nullable (Problem, which leaves out what it does not have, requires type, title and status).
 */
public class SpecConventions implements OASFilter {
    private static final Map<String, String> ALWAYS = Map.of(
            "401", "No valid bearer token",
            "403", "The token's roles do not allow this (forbidden), or the request names a legal entity the token "
                    + "does not act for (legal-entity-not-granted)",
            "500", "Unexpected failure; nothing was changed");

    /** What Quarkus writes for 401 and 403 of a secured operation, replaced by what they mean here. */
    private static final Set<String> GENERATED = Set.of("Not Authorized", "Not Allowed");

    /** The rules every request body of every service keeps, stated once in every spec. */
    static final String REQUEST_CONTRACT = """

            **The request contract** (all services): a body is one JSON value in UTF-8 without byte order mark, sent \
            as `Content-Type: application/json` (no charset, or `charset=utf-8`; anything else is 415), at most 8 MiB \
            (413). Unknown fields, a key given twice, and a value of another JSON type than the field's are refused; \
            nothing is coerced (no number for a string, no string for a number, no epoch number for a date). Decimals \
            (money, quantities, rates) are strings of plain digits with an optional point and decimals, e.g. \
            `"1234.50"`: no exponent, sign, spaces, leading zeros or trailing point, at most 15 digits before the \
            point and 6 after; money has at most its currency's minor unit (rule `minor-unit`, never rounded). Dates \
            are `yyyy-MM-dd` strings that exist in the calendar, and dates of business lie between ten years before \
            and one year after today (rule `business-date`). Ids are UUIDs in their 36-character form. Text holds no \
            NUL or other control character (tab, line feed and carriage return are allowed) and no unpaired \
            surrogate. `X-Correlation-Id`, when sent, is 1 to 100 letters, digits, `.`, `_`, `:` or `-`. A refused \
            request gets a problem (RFC 9457) listing every violation at once, each with the field's JSON path and \
            a stable rule, and changes nothing. 503 with `Retry-After` means the service's database cannot be \
            reached: nothing was changed, and the same request with the same Idempotency-Key may be retried.

            **Legal entities** (all services): a token acts for the legal entities in its `legal_entities` claim \
            (an array of codes; `["*"]` for group-wide roles; a token without it acts for none). A document of \
            another legal entity is not found (404), also when a write names it in the path; one referred to in a \
            body is an unknown reference (422, rule `exists`), as if it did not exist. Lists and reports only \
            contain documents of the token's legal entities. Naming another legal entity, to create something in \
            it or as a filter, is 403 `legal-entity-not-granted`, with the field named.""";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null) {
            String description = openAPI.getInfo().getDescription();
            openAPI.getInfo().setDescription((description == null ? "" : description) + REQUEST_CONTRACT);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().getOperations().values().forEach(SpecConventions::complete);
        }
        requireEveryAnsweredProperty(openAPI);
        allowNullForNullableReferences(openAPI);
        writeDecimalsAsTheyAreRead(openAPI);
    }

    /** What Bean Validation's {@code @Digits(integer = I, fraction = F)} becomes in the generated spec. */
    private static final Pattern DIGITS = Pattern.compile("\\^\\\\d\\{1,(\\d+)}\\(\\[\\.]\\\\d\\{1,(\\d+)}\\)\\?\\$");

    /**
     * A decimal's pattern as the request reader applies it: no leading zeros (so every money field of every
     * service has the one pattern {@code ^(0|[1-9][0-9]{0,14})([.][0-9]{1,3})?$}, 15 digits and at most the
     * largest minor unit, 3; the currency's own minor unit is the rule {@code minor-unit}).
     */
    private static void writeDecimalsAsTheyAreRead(OpenAPI openAPI) {
        forEachProperty(openAPI, (schema, name, property) -> {
            Matcher digits = property.getPattern() == null ? null : DIGITS.matcher(property.getPattern());
            if (digits != null && digits.matches()) {
                int integer = Integer.parseInt(digits.group(1));
                property.setPattern("^(0|[1-9][0-9]{0," + (integer - 1) + "})([.][0-9]{1," + digits.group(2)
                        + "})?$");
            }
        });
    }

    /** What is done to each property of each component schema. */
    @FunctionalInterface
    private interface PropertyChange {
        void apply(Schema schema, String name, Schema property);
    }

    private static void forEachProperty(OpenAPI openAPI, PropertyChange change) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openAPI.getComponents().getSchemas().values()) {
            if (schema.getProperties() != null) {
                // a copy: a change may replace a property
                new ArrayList<>(schema.getProperties().entrySet())
                        .forEach(property -> change.apply(schema, property.getKey(), property.getValue()));
            }
        }
    }

    private static boolean isNullType(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    /**
     * A nullable property that refers to another schema ({@code $ref} beside {@code type: [object, "null"]}) would
     * still require the referred schema's type, so null would never be valid: it becomes {@code anyOf} the
     * reference and {@code null}.
     */
    private static void allowNullForNullableReferences(OpenAPI openAPI) {
        forEachProperty(openAPI, (schema, name, value) -> {
            if (value.getRef() != null && value.getType() != null
                    && value.getType().contains(Schema.SchemaType.NULL)) {
                // the type stays beside anyOf (the generator writes one), so it must admit null too
                Schema nullable = OASFactory.createSchema().description(value.getDescription())
                        .type(new ArrayList<>(value.getType()))
                        .addAnyOf(OASFactory.createSchema().ref(value.getRef()))
                        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
                schema.addProperty(name, nullable);
            } else if (value.getAnyOf() != null && value.getType() != null
                    && !value.getType().contains(Schema.SchemaType.NULL)
                    && value.getAnyOf().stream().anyMatch(SpecConventions::isNullType)) {
                // the generator's own nullable reference: anyOf [reference, null] beside a type without null
                value.addType(Schema.SchemaType.NULL);
            }
        });
    }

    /** Every property of a schema reached from a response is required; Problem's required are its own. */
    private static void requireEveryAnsweredProperty(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> answered = new TreeSet<>();
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    if (response.getContent() != null && response.getContent().getMediaTypes() != null) {
                        response.getContent().getMediaTypes().values()
                                .forEach(media -> reach(media.getSchema(), schemas, answered));
                    }
                }
            }
        }
        for (String name : answered) {
            Schema schema = schemas.get(name);
            if (name.equals("Problem")) {
                schema.setRequired(List.of("type", "title", "status"));
            } else if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }

    /** Adds the names of the component schemas {@code schema} refers to, directly or through its parts. */
    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> reached) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (reached.add(name)) {
                reach(schemas.get(name), schemas, reached);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, schemas, reached));
        }
        reach(schema.getItems(), schemas, reached);
        for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (parts != null) {
                parts.forEach(part -> reach(part, schemas, reached));
            }
        }
    }

    private static void complete(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> status : ALWAYS.entrySet()) {
            if (responses.getAPIResponse(status.getKey()) == null) {
                responses.addAPIResponse(status.getKey(), OASFactory.createAPIResponse()
                        .description(status.getValue()));
            } else if (GENERATED.contains(responses.getAPIResponse(status.getKey()).getDescription())) {
                responses.getAPIResponse(status.getKey()).setDescription(status.getValue());
            }
        }
        boolean namesADocument = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (namesADocument && responses.getAPIResponse("404") == null) {
            responses.addAPIResponse("404", OASFactory.createAPIResponse()
                    .description("No such document, or one of a legal entity the token does not act for"));
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
        }
        boolean idempotent = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotentRequests.HEADER.equals(p.getName()));
        if (idempotent && responses.getAPIResponse("409") == null) {
            responses.addAPIResponse("409", OASFactory.createAPIResponse().description("Concurrent requests kept "
                    + "changing the same records; nothing was changed: retry with the same Idempotency-Key")
                    .content(problemContent()));
        }
        if (idempotent) {
            operation.getParameters().stream().filter(p -> IdempotentRequests.HEADER.equals(p.getName()))
                    .forEach(p -> p.required(true).schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .minLength(1).maxLength(IdempotentRequests.MAX_KEY_LENGTH)));
        }
        APIResponse created = responses.getAPIResponse("201");
        if (idempotent && created != null) {
            created.addHeader(IdempotentRequests.REPLAYED_HEADER, OASFactory.createHeader()
                    .description("true when this is the stored answer to an earlier request with the same key")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
