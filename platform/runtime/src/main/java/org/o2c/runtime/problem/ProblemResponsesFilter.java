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
            "403", "The token's roles do not allow this",
            "500", "Unexpected failure; nothing was changed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
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
