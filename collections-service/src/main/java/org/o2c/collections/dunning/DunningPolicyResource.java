package org.o2c.collections.dunning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.axon.Commands;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.problem.ProblemException;
import org.o2c.runtime.problem.ProblemType;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/dunning-policies/{legalEntity}")
@Tag(name = "Dunning policies", description = "Dunning levels per legal entity")
@Produces(MediaType.APPLICATION_JSON)
public class DunningPolicyResource {
    private static final String EXAMPLE = """
            {"levels": [
              {"level": 1, "name": "reminder", "daysPastDue": 7},
              {"level": 2, "name": "second reminder", "daysPastDue": 21},
              {"level": 3, "name": "final notice", "daysPastDue": 45}]}""";

    @Inject
    DunningPolicies policies;
    @Inject
    Commands commands;
    @Inject
    CurrentRequest caller;

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "getDunningPolicy", summary = "Read a legal entity's dunning policy",
            description = "Its own levels, or the configured default when it has none.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DunningPolicyView.class)))
    @APIResponse(responseCode = "400", description = "The legal entity is not 2 to 10 capital letters or digits",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The token does not act for this legal entity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DunningPolicyView get(@Parameter(description = "Legal entity", example = "DE01")
                                 @PathParam("legalEntity") @Pattern(regexp = "[A-Z0-9]{2,10}") String legalEntity) {
        inScope(legalEntity);
        return policies.policyOf(legalEntity);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER})
    @Operation(operationId = "setDunningPolicy", summary = "Set a legal entity's dunning policy", description = """
            Replaces the legal entity's dunning levels. Levels are numbered 1, 2, 3... and their days past due rise
            strictly. Items already dunned keep the levels they were dunned at.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DunningPolicyRequest.class),
            examples = @ExampleObject(name = "three levels", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The policy now in force",
            content = @Content(schema = @Schema(implementation = DunningPolicyView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, or the body is not valid JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The token does not act for this legal entity",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Levels not numbered 1, 2, 3... or days not ascending",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DunningPolicyView set(@Parameter(description = "Legal entity", example = "DE01")
                                 @PathParam("legalEntity") @Pattern(regexp = "[A-Z0-9]{2,10}") String legalEntity,
                                 @NotNull(message = "a JSON body is required") @Valid DunningPolicyRequest request) {
        inScope(legalEntity);
        commands.send(new SetDunningPolicy(legalEntity, request.levels().stream()
                .map(l -> new DunningLevel(l.level(), l.name().strip(), l.daysPastDue())).toList()));
        return policies.policyOf(legalEntity);
    }

    /** The policy of a legal entity the caller does not act for is not found, as any other of its documents. */
    private void inScope(String legalEntity) {
        if (!caller.legalEntities().covers(legalEntity)) {
            throw new ProblemException(ProblemType.NOT_FOUND, "no dunning policy of legal entity " + legalEntity);
        }
    }
}
