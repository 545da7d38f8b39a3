package org.o2c.runtime.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.o2c.runtime.idempotency.IdempotentRequests;

/**
 * Completes every service's spec the same way: each API operation lists 401, 403 and 500 with the problem body,
 * every error response carries the {@code application/problem+json} Problem schema, and operations that take an
 * Idempotency-Key document the header that marks a replayed answer.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final Map<String, String> ALWAYS = Map.of(
            "401", "No valid bearer token",
            "403", "The token's roles do not allow this (forbidden), or the request names a legal entity the token "
                    + "does not act for (legal-entity-not-granted)",
            "500", "Unexpected failure; nothing was changed");

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

            **Legal entities** (all services): a token acts for the legal entities in its `legal_entities` claim             (an array of codes; `["*"]` for group-wide roles; a token without it acts for none). A document of             another legal entity is not found (404), also when a write names it in the path; one referred to in             a body is an unknown reference (422, rule `exists`), as if it did not exist. Lists and reports only             contain documents of the token's legal entities. Naming another legal entity, to create something in             it or as a filter, is 403 `legal-entity-not-granted`, with the field named.""";

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
            path.getValue().getOperations().values().forEach(ProblemResponsesFilter::complete);
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
                responses.addAPIResponse(status.getKey(), OASFactory.createAPIResponse().description(status.getValue()));
            }
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
        }
        boolean idempotent = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> IdempotentRequests.HEADER.equals(p.getName()));
        APIResponse created = responses.getAPIResponse("201");
        if (idempotent && created != null) {
            created.addHeader(IdempotentRequests.REPLAYED_HEADER, OASFactory.createHeader()
                    .description("true when this is the stored answer to an earlier request with the same key")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }
}
