package org.o2c.collections.dunning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.o2c.runtime.paging.Page;
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/collection-cases")
@Tag(name = "Collection cases", description = "The collector's worklist")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionCaseResource {
    @Inject
    CollectionCases cases;
    @Inject
    Clock clock;
    @Inject
    CurrentRequest caller;

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.AR_MANAGER, Roles.AR_CLERK, Roles.CREDIT_MANAGER, Roles.AUDITOR})
    @Operation(operationId = "listCollectionCases", summary = "Worklist of collection cases", description = """
            Per customer and currency with money past due: the overdue total, the days past due of the oldest item,
            open disputes and promises, and the latest letter. Oldest first, then largest.""")
    @APIResponse(responseCode = "200", description = "One page of cases")
    @APIResponse(responseCode = "400", description = "A query parameter breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CollectionCaseView> worklist(
            @Parameter(description = "Only this legal entity", example = "DE01")
            @QueryParam("legalEntity") @Pattern(regexp = "[A-Z0-9]{2,10}") String legalEntity,
            @Parameter(description = "Age the items at this date; today when left out", example = "2026-11-22")
            @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Items per page, up to 500") @QueryParam("size") @DefaultValue("50")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return cases.worklist(caller.legalEntities(), asOf != null ? asOf : LocalDate.now(clock), legalEntity, page,
                size);
    }
}
