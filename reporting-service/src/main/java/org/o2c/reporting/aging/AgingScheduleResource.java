package org.o2c.reporting.aging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.o2c.runtime.problem.Problem;
import org.o2c.runtime.security.CurrentRequest;
import org.o2c.runtime.security.LegalEntityScope;
import org.o2c.runtime.security.Roles;

@Path("/api/v1/reports/aging-buckets/{legalEntity}")
@Tag(name = "AR aging", description = "Open receivables by days past due")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgingScheduleResource {
    @Inject
    AgingSchedules schedules;
    @Inject
    CurrentRequest caller;

    @GET
    @RolesAllowed({Roles.AR_CLERK, Roles.AR_MANAGER, Roles.COLLECTOR, Roles.CREDIT_MANAGER, Roles.AP_CLERK,
            Roles.AP_APPROVER, Roles.AUDITOR, Roles.INTEGRATION})
    @Operation(operationId = "getAgingSchedule", summary = "Aging buckets of a legal entity", description = """
            The buckets by days past due that the AR and AP aging of this legal entity show beside the six standard
            ones (their amounts' buckets list), and every change made to them.""")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AgingScheduleView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgingScheduleView agingSchedule(
            @Parameter(description = "Legal entity", example = "DE01")
            @PathParam("legalEntity") @Pattern(regexp = LegalEntityScope.CODE) String legalEntity) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return schedules.view(legalEntity);
    }

    @PUT
    @RolesAllowed(Roles.AR_MANAGER)
    @Operation(operationId = "changeAgingSchedule", summary = "Set the aging buckets of a legal entity",
            description = """
            Sets the buckets by days past due that the legal entity's AR and AP aging show from now on, for any
            as-of date (the amounts are aged when a report is read, so past dates are shown by the new buckets
            too). Recorded with the acting user as the schedule's audit trail. The six standard buckets stay in
            every report as fields.""")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AgingScheduleRequest.class),
            examples = @ExampleObject(name = "fortnights first", value = "{\"pastDueUpTo\": [15, 30, 60, 90]}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AgingScheduleView.class)))
    @APIResponse(responseCode = "400", description = """
            A limit breaks a rule: missing, below 1 or above 3650 days, not greater than the one before it
            (rule strictly-increasing), or more than 10 limits""",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AgingScheduleView changeAgingSchedule(
            @Parameter(description = "Legal entity", example = "DE01")
            @PathParam("legalEntity") @Pattern(regexp = LegalEntityScope.CODE) String legalEntity,
            @NotNull(message = "a JSON body is required") @Valid AgingScheduleRequest request) {
        caller.legalEntities().require("legalEntity", legalEntity);
        return schedules.change(legalEntity, request, caller.actingUser());
    }
}
